-- Invitations to a series (issue 21 §8): a person becomes a member only by accepting one.
-- The token is given once (the inviter passes the link on); only its SHA-256 is kept.
-- Keep in step with db/postgresql/V6__invitations.sql.
CREATE TABLE invitations (
    token_hash TEXT    PRIMARY KEY,
    series_id  INTEGER  NOT NULL REFERENCES series (id),
    email      TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    invited_by INTEGER  NOT NULL REFERENCES users (id),
    created_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);

CREATE INDEX invitations_by_series ON invitations (series_id, email);
