INSERT INTO revisions (episode_id, level, draft_number, color, label, lock_json, pages_text,
                       author_id, created_at)
VALUES (:episode, :level, :draft, :color, :label, :lock, :pages, :author, :now)
