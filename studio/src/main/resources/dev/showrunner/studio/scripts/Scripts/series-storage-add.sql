-- Counts a new draft against its series' quota; changes no row (and so refuses the save) when
-- the draft would take the series over it. One statement, so two saves cannot both fit.
UPDATE series SET stored_bytes = stored_bytes + :bytes
WHERE id = (SELECT s.series_id FROM episodes e JOIN seasons s ON s.id = e.season_id WHERE e.id = :episode)
  AND stored_bytes + :bytes <= :quota
