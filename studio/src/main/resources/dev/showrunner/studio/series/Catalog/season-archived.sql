UPDATE seasons SET archived = :archived WHERE id = :id
