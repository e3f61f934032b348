INSERT INTO delivery_recipients (delivery_id, user_id) VALUES (:delivery, :user)
ON CONFLICT (delivery_id, user_id) DO NOTHING
