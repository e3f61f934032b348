SELECT COUNT(*) FROM memberships WHERE series_id = :series AND role = 'showrunner'
