SELECT s.*
  FROM series s
  JOIN memberships m ON m.series_id = s.id
 WHERE m.user_id = :user
   AND (:all OR s.archived = FALSE)
 ORDER BY s.archived, s.title
