-- The first AD's files of an episode (cast corrections, elements, places, cast costs,
-- unavailable dates, rules), in the same plain-text forms as the command line's files.
-- Append-only like drafts: each save is a new version; nothing here is changed or removed.
CREATE TABLE production_files (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    episode_id  BIGINT  NOT NULL REFERENCES episodes (id),
    version     INTEGER NOT NULL,
    cast_list   TEXT    NOT NULL,
    elements    TEXT    NOT NULL,
    places      TEXT    NOT NULL,
    cast_costs  TEXT    NOT NULL,
    unavailable TEXT    NOT NULL,
    rules       TEXT    NOT NULL,
    author_id   BIGINT  NOT NULL REFERENCES users (id),
    created_at  BIGINT  NOT NULL,
    UNIQUE (episode_id, version)
);
CREATE FUNCTION production_files_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'production files are immutable';
END;
$$;
CREATE TRIGGER production_files_no_change BEFORE UPDATE OR DELETE ON production_files
    FOR EACH ROW EXECUTE FUNCTION production_files_immutable();
