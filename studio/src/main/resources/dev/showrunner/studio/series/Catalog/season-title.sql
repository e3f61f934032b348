UPDATE seasons SET title = :title WHERE id = :id
