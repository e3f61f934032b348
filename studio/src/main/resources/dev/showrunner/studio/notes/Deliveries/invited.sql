SELECT email FROM delivery_invites WHERE delivery_id = :delivery ORDER BY email
