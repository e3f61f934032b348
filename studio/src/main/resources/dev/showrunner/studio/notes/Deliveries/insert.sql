INSERT INTO deliveries (episode_id, draft_number, title, cover_note, notes_due, delivered_by, delivered_at)
VALUES (:episode, :draft, :title, :cover, :due, :by, :now)
RETURNING id
