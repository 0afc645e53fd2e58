-- conversation (issue 10, Twilio cases):
-- 1. media a worker attaches to an inbound message (MMS: Twilio's MediaUrlN / MediaContentTypeN),
--    kept with the message for staff to open; only the provider's URL is stored.
CREATE TABLE cv_message_media (
    id            BIGINT        PRIMARY KEY,
    message_id    BIGINT        NOT NULL REFERENCES cv_message (id),
    media_index   INTEGER       NOT NULL,
    url           VARCHAR(1000) NOT NULL,
    content_type  VARCHAR(100)
);
CREATE INDEX ix_cv_message_media_message ON cv_message_media (message_id, media_index);
CREATE SEQUENCE cv_message_media_seq START WITH 50 INCREMENT BY 50;

-- 2. an inbound body as received when the channel decoded it for the dialog (Twilio's base64 bodies)
ALTER TABLE cv_message ADD COLUMN raw_body VARCHAR(4000);

-- 3. the provider id of an attempt the provider failed for now (a rate limit) while the message waits
--    to be sent again: late reports on that attempt are ignored, they must not move the new one
ALTER TABLE cv_message ADD COLUMN retried_provider_message_id VARCHAR(64);

-- 4. the bot's replies (answered inside TwiML) now carry their worker, like outbox rows, so that a
--    provider report on a reply (21610: the number replied STOP) reaches the worker; earlier replies
--    get theirs from the conversation.
UPDATE cv_message SET worker_id = (SELECT c.worker_id FROM cv_conversation c WHERE c.id = cv_message.conversation_id)
 WHERE worker_id IS NULL AND direction = 'OUTBOUND';
