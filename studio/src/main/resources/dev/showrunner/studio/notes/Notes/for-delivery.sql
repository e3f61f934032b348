SELECT n.*, u.name AS author_name FROM notes n JOIN users u ON u.id = n.author_id
WHERE n.delivery_id = :delivery
ORDER BY n.number
