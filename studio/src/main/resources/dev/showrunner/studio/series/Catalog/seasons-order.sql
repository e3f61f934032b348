SELECT id FROM seasons WHERE series_id = :series ORDER BY position
