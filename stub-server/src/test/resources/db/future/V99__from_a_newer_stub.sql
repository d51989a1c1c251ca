-- A migration this stub does not ship: the tests apply it to play a database that a newer stub
-- has migrated.
ALTER TABLE documents ADD COLUMN from_a_newer_stub TEXT;
