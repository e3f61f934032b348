SELECT COUNT(*) FROM users WHERE email = :email
