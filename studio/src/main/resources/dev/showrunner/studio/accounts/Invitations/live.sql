SELECT series_id, email, role, expires_at FROM invitations WHERE token_hash = :hash AND expires_at > :now
