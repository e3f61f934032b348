SELECT COALESCE(MAX(number), 0) + 1 FROM notes WHERE episode_id = :episode
