SELECT *
  FROM seasons
 WHERE series_id = :series
   AND (:all OR archived = FALSE)
 ORDER BY position
