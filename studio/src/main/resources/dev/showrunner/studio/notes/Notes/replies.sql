SELECT r.id, r.note_id, r.author_id, u.name AS author_name, r.body, r.created_at
FROM note_replies r JOIN users u ON u.id = r.author_id
WHERE r.note_id IN (<notes>)
ORDER BY r.created_at, r.id
