-- The PostgreSQL store's schema (PostgresStore). Flyway applies it on start; change it only by a
-- new V<n>__*.sql file, never by editing this one.

-- One row per company: the lock every write of the company takes (SELECT ... FOR UPDATE), and the
-- version that tells a replica whether what it has cached is still current.
CREATE TABLE companies (
    company       TEXT   PRIMARY KEY,
    -- +1 for every unit of work that changed something
    version       BIGINT NOT NULL,
    -- the version of the company's last reset (or import): a cache older than it reloads whole
    reset_version BIGINT NOT NULL,
    -- the insertion sequence number the company's next new document gets
    next_seq      BIGINT NOT NULL
);

-- Documents in their API shape, as text (kept byte for byte: key order, numbers as written).
-- A deleted document stays as a tombstone (json NULL) until the company's next reset, so that a
-- replica catching up on the versions it missed learns of the deletion too.
CREATE TABLE documents (
    company TEXT   NOT NULL REFERENCES companies (company),
    kind    TEXT   NOT NULL,
    id      TEXT   NOT NULL,
    seq     BIGINT NOT NULL,
    version BIGINT NOT NULL,
    json    TEXT,
    PRIMARY KEY (company, kind, id),
    -- one insertion sequence per company: two replicas can never hand out the same number
    CONSTRAINT documents_one_seq UNIQUE (company, seq)
);

-- What changed in a company since a version: a replica's catch-up read.
CREATE INDEX documents_by_version ON documents (company, version);
