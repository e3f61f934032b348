SELECT f.*, u.name AS author_name
  FROM production_files f
  JOIN users u ON u.id = f.author_id
 WHERE f.episode_id = :episode
   AND f.version = :version
