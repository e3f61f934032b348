DELETE FROM invitations WHERE token_hash = :hash
