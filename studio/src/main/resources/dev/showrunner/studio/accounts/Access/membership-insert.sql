INSERT INTO memberships (series_id, user_id, role) VALUES (:series, :user, :role)
