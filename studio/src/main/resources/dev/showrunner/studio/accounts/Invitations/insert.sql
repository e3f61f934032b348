INSERT INTO invitations (token_hash, series_id, email, role, invited_by, created_at, expires_at)
VALUES (:hash, :series, :email, :role, :by, :now, :expires)
