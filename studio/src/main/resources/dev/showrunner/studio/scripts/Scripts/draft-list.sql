SELECT d.id, d.episode_id, d.number, d.name, d.author_id, u.name AS author_name,
       d.created_at, d.base_number, '' AS body
  FROM drafts d
  JOIN users u ON u.id = d.author_id
 WHERE d.episode_id = :episode
 ORDER BY d.number DESC
