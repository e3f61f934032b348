-- PostgreSQL only: work in progress is not a saved draft, so its transaction need not wait
-- for the disk (a crash of the database itself may lose the last second of it).
SET LOCAL synchronous_commit = off
