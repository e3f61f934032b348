INSERT INTO work_in_progress (episode_id, user_id, base_number, body, updated_at)
VALUES (:episode, :user, :base, :body, :now)
ON CONFLICT (episode_id, user_id)
DO UPDATE SET base_number = excluded.base_number,
              body = excluded.body,
              updated_at = excluded.updated_at
