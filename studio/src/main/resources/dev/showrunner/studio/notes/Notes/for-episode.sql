SELECT n.*, u.name AS author_name FROM notes n JOIN users u ON u.id = n.author_id
WHERE n.episode_id = :episode
ORDER BY n.number
