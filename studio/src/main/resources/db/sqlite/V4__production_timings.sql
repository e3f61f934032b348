-- The first AD's timings (time to shoot scenes, for days capped by hours) join the production
-- files. Versions saved before have none: the empty text, as a file never written.
ALTER TABLE production_files ADD COLUMN timings TEXT NOT NULL DEFAULT '';
