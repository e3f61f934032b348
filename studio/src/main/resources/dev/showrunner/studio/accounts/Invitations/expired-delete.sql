DELETE FROM invitations WHERE expires_at <= :now
