SELECT s.*, u.name AS author_name
  FROM schedules s
  JOIN users u ON u.id = s.author_id
 WHERE s.episode_id = :episode
 ORDER BY s.number DESC
