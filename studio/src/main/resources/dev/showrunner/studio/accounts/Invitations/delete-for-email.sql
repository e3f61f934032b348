DELETE FROM invitations WHERE series_id = :series AND email = :email
