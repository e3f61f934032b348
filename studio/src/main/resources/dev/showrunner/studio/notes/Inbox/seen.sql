INSERT INTO delivery_views (delivery_id, user_id, seen_at) VALUES (:delivery, :user, :now)
ON CONFLICT (delivery_id, user_id) DO UPDATE SET seen_at = :now
