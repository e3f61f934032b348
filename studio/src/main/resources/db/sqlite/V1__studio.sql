-- Studio schema, SQLite dialect. Keep in step with db/postgresql/V1__studio.sql.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    admin         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    BIGINT  NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);

CREATE TABLE series (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT    NOT NULL,
    logline    TEXT    NOT NULL DEFAULT '',
    archived   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT  NOT NULL
);

CREATE TABLE memberships (
    series_id INTEGER NOT NULL REFERENCES series (id),
    user_id   INTEGER NOT NULL REFERENCES users (id),
    role      TEXT    NOT NULL,
    PRIMARY KEY (series_id, user_id)
);

CREATE TABLE seasons (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    series_id INTEGER NOT NULL REFERENCES series (id),
    position  INTEGER NOT NULL,
    title     TEXT    NOT NULL,
    archived  BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE episodes (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    season_id INTEGER NOT NULL REFERENCES seasons (id),
    position  INTEGER NOT NULL,
    title     TEXT    NOT NULL,
    archived  BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    episode_id  INTEGER NOT NULL REFERENCES episodes (id),
    number      INTEGER NOT NULL,
    name        TEXT,
    author_id   INTEGER NOT NULL REFERENCES users (id),
    created_at  BIGINT  NOT NULL,
    base_number INTEGER NOT NULL,
    body        TEXT    NOT NULL,
    UNIQUE (episode_id, number)
);

CREATE TABLE work_in_progress (
    episode_id  INTEGER NOT NULL REFERENCES episodes (id),
    user_id     INTEGER NOT NULL REFERENCES users (id),
    base_number INTEGER NOT NULL,
    body        TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (episode_id, user_id)
);

-- Drafts are immutable: the database itself refuses to change or remove one.
CREATE TRIGGER drafts_no_update BEFORE UPDATE ON drafts
BEGIN SELECT RAISE(ABORT, 'drafts are immutable'); END;
CREATE TRIGGER drafts_no_delete BEFORE DELETE ON drafts
BEGIN SELECT RAISE(ABORT, 'drafts are immutable'); END;
