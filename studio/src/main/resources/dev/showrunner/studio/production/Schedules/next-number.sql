SELECT COALESCE(MAX(number), 0) + 1 FROM schedules WHERE episode_id = :episode
