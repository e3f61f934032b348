SELECT season_id FROM episodes WHERE id = :id
