INSERT INTO delivery_downloads (delivery_id, user_id, downloaded_at) VALUES (:delivery, :user, :now)
