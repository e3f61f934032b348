DELETE FROM delivery_invites WHERE delivery_id = :delivery AND email = :email
