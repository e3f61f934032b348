SELECT e.id, e.season_id, s.series_id, e.position, e.title, e.archived, m.role
  FROM episodes e
  JOIN seasons s ON s.id = e.season_id
  LEFT JOIN memberships m ON m.series_id = s.series_id AND m.user_id = :user
 WHERE e.id = :id
