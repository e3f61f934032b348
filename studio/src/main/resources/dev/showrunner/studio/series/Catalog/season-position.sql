UPDATE seasons SET position = :position WHERE id = :id
