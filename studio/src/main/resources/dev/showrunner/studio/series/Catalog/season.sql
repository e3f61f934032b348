SELECT * FROM seasons WHERE id = :id
