-- core: a worker may first arrive through the web chat (no phone yet); opt-out (退订 / STOP) is kept
-- per worker.
ALTER TABLE wk_worker ALTER COLUMN phone_e164 DROP NOT NULL;
ALTER TABLE wk_worker ADD COLUMN chat_id VARCHAR(64);
ALTER TABLE wk_worker ADD CONSTRAINT uq_wk_worker_chat UNIQUE (chat_id);
ALTER TABLE wk_worker ADD COLUMN opted_out_at TIMESTAMP WITH TIME ZONE;
