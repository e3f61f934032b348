-- A person's inbox: each delivery they may read (of their series; for an executive only those
-- delivered to them), with what others did since they last opened it. Executives count only
-- shared notes.
SELECT d.id, d.title, d.draft_number, d.notes_due, d.delivered_at, d.delivered_by, e.id AS episode_id,
       e.title AS episode_title, sr.title AS series_title, v.seen_at,
       (SELECT COUNT(*) FROM notes n
         WHERE n.delivery_id = d.id AND n.author_id <> :user
           AND (m.role NOT IN ('network_executive', 'studio_executive') OR n.visibility = 'shared')
           AND n.created_at > COALESCE(v.seen_at, -1)) AS new_notes,
       (SELECT COUNT(*) FROM note_replies r JOIN notes n ON n.id = r.note_id
         WHERE n.delivery_id = d.id AND r.author_id <> :user
           AND (m.role NOT IN ('network_executive', 'studio_executive') OR n.visibility = 'shared')
           AND r.created_at > COALESCE(v.seen_at, -1)) AS new_replies,
       (SELECT COUNT(*) FROM notes n
         WHERE n.delivery_id = d.id AND n.author_id = :user AND n.answered_at > COALESCE(v.seen_at, -1)) AS new_answers,
       (SELECT COUNT(*) FROM delivery_recipients r WHERE r.delivery_id = d.id AND r.user_id = :user)
         + (SELECT COUNT(*) FROM delivery_invites i JOIN users u ON u.email = i.email
             WHERE i.delivery_id = d.id AND u.id = :user) AS recipient
FROM deliveries d
JOIN episodes e ON e.id = d.episode_id
JOIN seasons s ON s.id = e.season_id
JOIN series sr ON sr.id = s.series_id
JOIN memberships m ON m.series_id = s.series_id AND m.user_id = :user
LEFT JOIN delivery_views v ON v.delivery_id = d.id AND v.user_id = :user
WHERE m.role NOT IN ('network_executive', 'studio_executive')
   OR EXISTS (SELECT 1 FROM delivery_recipients r WHERE r.delivery_id = d.id AND r.user_id = :user)
   OR EXISTS (SELECT 1 FROM delivery_invites i JOIN users u ON u.email = i.email WHERE i.delivery_id = d.id AND u.id = :user)
ORDER BY d.delivered_at DESC, d.id DESC
LIMIT 100
