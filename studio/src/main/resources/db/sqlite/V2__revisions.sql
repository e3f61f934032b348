-- Locked production drafts and the revisions issued against them. Append-only: each issue is a
-- new row (level 0 is the lock itself); nothing here is changed or removed.
CREATE TABLE revisions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    episode_id   INTEGER NOT NULL REFERENCES episodes (id),
    level        INTEGER NOT NULL,
    draft_number INTEGER NOT NULL,
    color        TEXT    NOT NULL,
    label        TEXT    NOT NULL,
    lock_json    TEXT    NOT NULL,
    pages_text   TEXT    NOT NULL,
    author_id    INTEGER NOT NULL REFERENCES users (id),
    created_at   BIGINT  NOT NULL,
    UNIQUE (episode_id, level)
);
CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
