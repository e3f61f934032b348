DELETE FROM memberships WHERE series_id = :series AND user_id = :user
