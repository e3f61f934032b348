UPDATE series SET title = :title WHERE id = :id
