-- Network notes (issue 23): deliveries of a draft to named members, the notes taken on them,
-- the room's answers and the threads under them. A delivery is immutable once made.
-- Keep in step with db/postgresql/V40__notes.sql.
CREATE TABLE deliveries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    episode_id   INTEGER NOT NULL REFERENCES episodes (id),
    draft_number INTEGER NOT NULL,
    title        TEXT    NOT NULL,
    cover_note   TEXT    NOT NULL,
    notes_due    TEXT,
    delivered_by INTEGER NOT NULL REFERENCES users (id),
    delivered_at BIGINT  NOT NULL
);

CREATE INDEX deliveries_by_episode ON deliveries (episode_id);

CREATE TABLE delivery_recipients (
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
    user_id     INTEGER NOT NULL REFERENCES users (id),
    PRIMARY KEY (delivery_id, user_id)
);

-- every download of a recipient's watermarked PDF (the industry's record against leaks)
CREATE TABLE delivery_downloads (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id   INTEGER NOT NULL REFERENCES deliveries (id),
    user_id       INTEGER NOT NULL REFERENCES users (id),
    downloaded_at BIGINT  NOT NULL
);

-- kind: page (anchored to a code-point range of the draft's Fountain text), scene, overall.
-- number: 1, 2, ... within the episode, in the order notes were made.
CREATE TABLE notes (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id     INTEGER NOT NULL REFERENCES deliveries (id),
    episode_id      INTEGER NOT NULL REFERENCES episodes (id),
    number          INTEGER NOT NULL,
    author_id       INTEGER NOT NULL REFERENCES users (id),
    kind            TEXT    NOT NULL,
    source          TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    visibility      TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    scene           INTEGER,
    anchor_start    INTEGER,
    anchor_end      INTEGER,
    quote           TEXT,
    prefix          TEXT,
    suffix          TEXT,
    status          TEXT    NOT NULL,
    answer          TEXT    NOT NULL DEFAULT '',
    addressed_draft INTEGER,
    superseded_by   INTEGER,
    answered_at     BIGINT,
    contradicts     INTEGER,
    created_at      BIGINT  NOT NULL,
    UNIQUE (episode_id, number)
);

CREATE INDEX notes_by_delivery ON notes (delivery_id);

CREATE TABLE note_replies (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    note_id    INTEGER NOT NULL REFERENCES notes (id),
    author_id  INTEGER NOT NULL REFERENCES users (id),
    body       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);

CREATE INDEX note_replies_by_note ON note_replies (note_id);

-- when each person last opened each delivery: what came after is unread in their inbox
CREATE TABLE delivery_views (
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id),
    user_id     INTEGER NOT NULL REFERENCES users (id),
    seen_at     BIGINT  NOT NULL,
    PRIMARY KEY (delivery_id, user_id)
);

-- people a delivery went to before they had an account: their invitation to the series was made
-- with it, and the delivery is theirs once they accept (by the address, normalised)
CREATE TABLE delivery_invites (
    delivery_id BIGINT NOT NULL REFERENCES deliveries (id),
    email       TEXT   NOT NULL,
    PRIMARY KEY (delivery_id, email)
);
