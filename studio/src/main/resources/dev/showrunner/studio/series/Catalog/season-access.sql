SELECT s.*, m.role
  FROM seasons s
  LEFT JOIN memberships m ON m.series_id = s.series_id AND m.user_id = :user
 WHERE s.id = :id
