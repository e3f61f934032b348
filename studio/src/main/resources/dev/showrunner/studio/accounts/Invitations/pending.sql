SELECT series_id, email, role, expires_at FROM invitations
 WHERE series_id = :series AND expires_at > :now
 ORDER BY email
