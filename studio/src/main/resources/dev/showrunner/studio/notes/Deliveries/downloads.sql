SELECT w.user_id, u.name, w.downloaded_at
FROM delivery_downloads w JOIN users u ON u.id = w.user_id
WHERE w.delivery_id = :delivery
ORDER BY w.downloaded_at DESC, w.id DESC
