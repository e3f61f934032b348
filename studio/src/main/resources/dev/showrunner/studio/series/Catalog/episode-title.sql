UPDATE episodes SET title = :title WHERE id = :id
