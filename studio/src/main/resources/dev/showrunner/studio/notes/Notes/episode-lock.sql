-- PostgreSQL only: notes of one episode queue on its row, so two never take the same next
-- number. (SQLite transactions here begin IMMEDIATE and so run one at a time.)
SELECT id FROM episodes WHERE id = :episode FOR UPDATE
