SELECT COALESCE(MAX(number), 0) FROM drafts WHERE episode_id = :episode
