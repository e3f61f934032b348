INSERT INTO series (title, logline, archived, created_at)
VALUES (:title, :logline, FALSE, :now)
RETURNING id
