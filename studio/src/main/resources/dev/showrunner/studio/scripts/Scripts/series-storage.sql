SELECT se.stored_bytes
FROM episodes e
JOIN seasons s ON s.id = e.season_id
JOIN series se ON se.id = s.series_id
WHERE e.id = :episode
