INSERT INTO delivery_invites (delivery_id, email) VALUES (:delivery, :email)
ON CONFLICT (delivery_id, email) DO NOTHING
