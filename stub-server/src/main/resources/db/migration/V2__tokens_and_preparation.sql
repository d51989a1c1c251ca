-- The tokens Get Token and Refresh Token issued (PostgresTokenTable), shared by every replica: a
-- client that logged in through one replica is known to all of them, and a refresh token used up
-- on one is refused by the others. Only a SHA-256 digest of each token is kept.
CREATE TABLE tokens (
    digest     TEXT    PRIMARY KEY,
    username   TEXT    NOT NULL,
    -- ACCESS or REFRESH
    use        TEXT    NOT NULL,
    -- epoch milliseconds
    expires_at BIGINT  NOT NULL,
    used       BOOLEAN NOT NULL
);

-- The upkeep's delete of long-expired tokens.
CREATE INDEX tokens_by_expiry ON tokens (expires_at);

-- Whether the company has been prepared (the demo seed) since its last reset, by any replica; an
-- import marks its companies prepared (an import is the state the caller wants, not a base to seed
-- on). Every replica asks this before serving the company, so a reset through one replica is
-- seeded afresh by whichever serves the company next.
ALTER TABLE companies ADD COLUMN prepared BOOLEAN NOT NULL DEFAULT FALSE;
