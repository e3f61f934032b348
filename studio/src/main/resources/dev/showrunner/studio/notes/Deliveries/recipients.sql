SELECT r.delivery_id, u.id, u.name, u.email
FROM delivery_recipients r JOIN users u ON u.id = r.user_id
WHERE r.delivery_id IN (<deliveries>)
ORDER BY u.name, u.id
