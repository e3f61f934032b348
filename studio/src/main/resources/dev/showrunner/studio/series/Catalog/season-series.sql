SELECT series_id FROM seasons WHERE id = :id
