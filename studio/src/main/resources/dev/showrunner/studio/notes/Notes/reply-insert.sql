INSERT INTO note_replies (note_id, author_id, body, created_at) VALUES (:note, :author, :body, :now)
