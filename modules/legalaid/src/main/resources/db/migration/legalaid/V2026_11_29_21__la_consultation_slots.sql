-- legalaid: what the dialog learned about a wage-arrears (or other) question. amount_fen is yuan x 100.
ALTER TABLE la_consultation ADD COLUMN employer VARCHAR(200);
ALTER TABLE la_consultation ADD COLUMN site_code VARCHAR(6);
ALTER TABLE la_consultation ADD COLUMN amount_fen BIGINT;
ALTER TABLE la_consultation ADD COLUMN months_unpaid INTEGER;
ALTER TABLE la_consultation ADD COLUMN co_workers_owed INTEGER;
ALTER TABLE la_consultation ADD COLUMN evidence VARCHAR(200);
ALTER TABLE la_consultation ADD COLUMN urgent BOOLEAN DEFAULT FALSE NOT NULL;
