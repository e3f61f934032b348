UPDATE episodes SET position = :position WHERE id = :id
