-- Locked production drafts and the revisions issued against them. Append-only: each issue is a
-- new row (level 0 is the lock itself); nothing here is changed or removed.
CREATE TABLE revisions (
    id           BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    episode_id   BIGINT  NOT NULL REFERENCES episodes (id),
    level        INTEGER NOT NULL,
    draft_number INTEGER NOT NULL,
    color        TEXT    NOT NULL,
    label        TEXT    NOT NULL,
    lock_json    TEXT    NOT NULL,
    pages_text   TEXT    NOT NULL,
    author_id    BIGINT  NOT NULL REFERENCES users (id),
    created_at   BIGINT  NOT NULL,
    UNIQUE (episode_id, level)
);
CREATE FUNCTION revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'revisions are immutable';
END;
$$;
CREATE TRIGGER revisions_no_change BEFORE UPDATE OR DELETE ON revisions
    FOR EACH ROW EXECUTE FUNCTION revisions_immutable();
