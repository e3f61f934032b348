SELECT u.id, u.email, u.name, u.admin, m.role
  FROM memberships m
  JOIN users u ON u.id = m.user_id
 WHERE m.series_id = :series
 ORDER BY u.name
