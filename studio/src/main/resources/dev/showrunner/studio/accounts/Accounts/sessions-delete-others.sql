DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep
