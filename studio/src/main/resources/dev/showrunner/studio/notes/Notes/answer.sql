UPDATE notes SET status = :status, answer = :answer, addressed_draft = :addressed, superseded_by = :superseded,
                 answered_at = :now
WHERE id = :id
