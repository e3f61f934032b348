SELECT d.id, d.episode_id, d.draft_number, d.title, d.cover_note, d.notes_due, d.delivered_by, u.name AS by_name,
       d.delivered_at
FROM deliveries d
JOIN users u ON u.id = d.delivered_by
JOIN episodes e ON e.id = d.episode_id
JOIN seasons s ON s.id = e.season_id
JOIN memberships m ON m.series_id = s.series_id AND m.user_id = :user
WHERE m.role NOT IN ('network_executive', 'studio_executive')
   OR EXISTS (SELECT 1 FROM delivery_recipients r WHERE r.delivery_id = d.id AND r.user_id = :user)
ORDER BY d.delivered_at DESC, d.id DESC
