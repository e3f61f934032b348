INSERT INTO episodes (season_id, position, title, archived)
VALUES (:season, :position, :title, FALSE)
RETURNING id
