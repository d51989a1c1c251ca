-- Reads answered by SQL, page by page (PostgresView), instead of from a copy of the whole company
-- in each replica's heap: a company of ten million documents costs a replica no memory.

-- A deleted document now leaves no tombstone: no replica catches up by version any more.
DELETE FROM documents WHERE json IS NULL;
DROP INDEX documents_by_version;

-- A page of a kind, newest first: a backward walk of this index from the newest document.
CREATE INDEX documents_by_kind_seq ON documents (company, kind, seq);

-- How many documents each kind of each company has, kept by every write: a count reads one row.
CREATE TABLE kind_counts (
    company   TEXT   NOT NULL REFERENCES companies (company),
    kind      TEXT   NOT NULL,
    documents BIGINT NOT NULL,
    PRIMARY KEY (company, kind)
);
INSERT INTO kind_counts (company, kind, documents)
    SELECT company, kind, count(*) FROM documents GROUP BY company, kind;

-- The indexes (Index) whose entries are complete for a company. An index is built on first use;
-- a replica that writes a kind keeps every built index of it it knows up to date, and drops this
-- row for one it does not know (an older jar), so that the next replica to use it rebuilds it.
CREATE TABLE index_builds (
    company    TEXT NOT NULL REFERENCES companies (company),
    -- "<kind>/<index name>"
    index_name TEXT NOT NULL,
    kind       TEXT NOT NULL,
    PRIMARY KEY (company, index_name)
);

-- One row per document filed under a key of an index.
CREATE TABLE index_entries (
    company    TEXT    NOT NULL,
    index_name TEXT    NOT NULL,
    id         TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    -- the document's insertion sequence: the order of a lookup
    seq        BIGINT  NOT NULL,
    -- the document's amount, for a summing index; NULL for any other
    amount     NUMERIC,
    PRIMARY KEY (company, index_name, id)
);
CREATE INDEX index_entries_by_key ON index_entries (company, index_name, key, seq);

-- Per key of an index: how many documents, and the total of their amounts (summing indexes), kept
-- by every write so that a count or a balance reads one row. A key with no documents has no row.
CREATE TABLE index_keys (
    company    TEXT    NOT NULL,
    index_name TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    documents  BIGINT  NOT NULL,
    total      NUMERIC,
    PRIMARY KEY (company, index_name, key)
);
