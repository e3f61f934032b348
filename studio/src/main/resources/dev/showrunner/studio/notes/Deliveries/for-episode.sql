SELECT d.id, d.episode_id, d.draft_number, d.title, d.cover_note, d.notes_due, d.delivered_by, u.name AS by_name,
       d.delivered_at
FROM deliveries d JOIN users u ON u.id = d.delivered_by
WHERE d.episode_id = :episode
ORDER BY d.delivered_at DESC, d.id DESC
