-- Schedules saved by name: a board (each scene's day, in script order) with everything that
-- priced it (draft, production files' version, the shooting days), so it opens as it was
-- saved. Append-only like drafts and production files: nothing here is changed or removed.
CREATE TABLE schedules (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    episode_id      BIGINT  NOT NULL REFERENCES episodes (id),
    number          INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    draft_number    INTEGER NOT NULL,
    files_version   INTEGER NOT NULL,
    eighths         INTEGER NOT NULL,
    start_date      TEXT    NOT NULL,
    minutes_per_day INTEGER NOT NULL,
    move_cost       BIGINT  NOT NULL,
    day_cost        BIGINT  NOT NULL,
    board           TEXT    NOT NULL,
    locks           TEXT    NOT NULL,
    days            INTEGER NOT NULL,
    cost            BIGINT  NOT NULL,
    lower_bound     BIGINT  NOT NULL,
    author_id       BIGINT  NOT NULL REFERENCES users (id),
    created_at      BIGINT  NOT NULL,
    UNIQUE (episode_id, number)
);
CREATE FUNCTION schedules_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'saved schedules are immutable';
END;
$$;
CREATE TRIGGER schedules_no_change BEFORE UPDATE OR DELETE ON schedules
    FOR EACH ROW EXECUTE FUNCTION schedules_immutable();
