-- The first AD's files of an episode (cast corrections, elements, places, cast costs,
-- unavailable dates, rules), in the same plain-text forms as the command line's files.
-- Append-only like drafts: each save is a new version; nothing here is changed or removed.
CREATE TABLE production_files (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    episode_id  INTEGER NOT NULL REFERENCES episodes (id),
    version     INTEGER NOT NULL,
    cast_list   TEXT    NOT NULL,
    elements    TEXT    NOT NULL,
    places      TEXT    NOT NULL,
    cast_costs  TEXT    NOT NULL,
    unavailable TEXT    NOT NULL,
    rules       TEXT    NOT NULL,
    author_id   INTEGER NOT NULL REFERENCES users (id),
    created_at  BIGINT  NOT NULL,
    UNIQUE (episode_id, version)
);
CREATE TRIGGER production_files_no_update BEFORE UPDATE ON production_files
BEGIN SELECT RAISE(ABORT, 'production files are immutable'); END;
CREATE TRIGGER production_files_no_delete BEFORE DELETE ON production_files
BEGIN SELECT RAISE(ABORT, 'production files are immutable'); END;
