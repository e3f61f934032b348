INSERT INTO users (email, name, password_hash, admin, created_at)
VALUES (:email, :name, :hash, :admin, :now)
RETURNING id
