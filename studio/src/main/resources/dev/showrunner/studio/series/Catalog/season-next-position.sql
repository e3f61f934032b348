SELECT COALESCE(MAX(position), 0) + 1 FROM seasons WHERE series_id = :series
