SELECT * FROM users WHERE email = :email
