SELECT u.*, s.csrf_token
  FROM sessions s
  JOIN users u ON u.id = s.user_id
 WHERE s.token_hash = :hash
   AND s.expires_at > :now
