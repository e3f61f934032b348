-- What each series' drafts take, in bytes of UTF-8 text, kept up to date by every save so that
-- the per-series quota is checked without reading the drafts back. Starts as what is stored.
ALTER TABLE series ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;

UPDATE series SET stored_bytes = (
    SELECT COALESCE(SUM(LENGTH(CAST(d.body AS BLOB))), 0)
    FROM drafts d
    JOIN episodes e ON e.id = d.episode_id
    JOIN seasons s ON s.id = e.season_id
    WHERE s.series_id = series.id);
