INSERT INTO notes (delivery_id, episode_id, number, author_id, kind, source, category, visibility, body, scene,
                   anchor_start, anchor_end, quote, prefix, suffix, status, answer, created_at)
VALUES (:delivery, :episode, :number, :author, :kind, :source, :category, :visibility, :body, :scene,
        :start, :end, :quote, :prefix, :suffix, 'open', '', :now)
RETURNING id
