INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
VALUES (:hash, :user, :csrf, :now, :expires)
