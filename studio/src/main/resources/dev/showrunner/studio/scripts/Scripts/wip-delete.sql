DELETE FROM work_in_progress WHERE episode_id = :episode AND user_id = :user
