SELECT id FROM episodes WHERE season_id = :season ORDER BY position
