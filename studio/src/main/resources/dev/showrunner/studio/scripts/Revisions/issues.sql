SELECT r.*, u.name AS author_name
  FROM revisions r
  JOIN users u ON u.id = r.author_id
 WHERE r.episode_id = :episode
 ORDER BY r.level
