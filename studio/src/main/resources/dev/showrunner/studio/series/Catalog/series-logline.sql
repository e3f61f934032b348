UPDATE series SET logline = :logline WHERE id = :id
