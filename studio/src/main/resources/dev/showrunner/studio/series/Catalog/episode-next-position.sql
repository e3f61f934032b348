SELECT COALESCE(MAX(position), 0) + 1 FROM episodes WHERE season_id = :season
