SELECT lock_json FROM revisions WHERE episode_id = :episode AND level = :level
