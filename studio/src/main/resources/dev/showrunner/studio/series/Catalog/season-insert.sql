INSERT INTO seasons (series_id, position, title, archived)
VALUES (:series, :position, :title, FALSE)
RETURNING id
