SELECT COUNT(*) FROM schedules WHERE episode_id = :episode AND number = :number
