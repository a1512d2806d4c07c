-- Signer names and countries are sealed at rest (docs/decisions/018-signer-data-and-timing.md).
-- SQL cannot encrypt, so the columns are renamed here and the values already in them are sealed
-- by lib/signatures/sealing.ts when the app starts (instrumentation.ts): a value still readable
-- there is recognised by not being in the ciphertext format ("v1.<iv>.<tag>.<body>").
-- RENAME COLUMN keeps every row, index and constraint (SQLite 3.25+, PostgreSQL).
ALTER TABLE "Signature" RENAME COLUMN "name" TO "nameEncrypted";
ALTER TABLE "Signature" RENAME COLUMN "country" TO "countryEncrypted";
