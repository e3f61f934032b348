SELECT e.id, e.season_id, s.series_id, e.position, e.title, e.archived
  FROM episodes e
  JOIN seasons s ON s.id = e.season_id
 WHERE e.id = :id
