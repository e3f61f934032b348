UPDATE series SET archived = :archived WHERE id = :id
