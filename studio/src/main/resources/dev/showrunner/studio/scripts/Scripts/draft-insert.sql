INSERT INTO drafts (episode_id, number, name, author_id, created_at, base_number, body)
VALUES (:episode, :number, :name, :author, :now, :base, :body)
