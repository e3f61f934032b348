UPDATE episodes SET archived = :archived WHERE id = :id
