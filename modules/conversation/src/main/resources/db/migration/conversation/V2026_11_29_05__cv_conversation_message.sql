-- conversation: conversations and their messages. worker_id refers to core's wk_worker.
CREATE TABLE cv_conversation (
    id               BIGINT PRIMARY KEY,
    worker_id        BIGINT       NOT NULL REFERENCES wk_worker (id),
    channel          VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    dialog_state     VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_message_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_cv_conversation_worker ON cv_conversation (worker_id, channel, status);

CREATE TABLE cv_message (
    id                  BIGINT PRIMARY KEY,
    conversation_id     BIGINT        NOT NULL REFERENCES cv_conversation (id),
    direction           VARCHAR(8)    NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    channel_message_id  VARCHAR(64),
    body                VARCHAR(4000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    reply_to_id         BIGINT REFERENCES cv_message (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a channel's message id (Twilio MessageSid) is stored once: re-deliveries are duplicates
    CONSTRAINT uq_cv_message_channel_id UNIQUE (channel, channel_message_id)
);
CREATE INDEX ix_cv_message_conversation ON cv_message (conversation_id, id);
CREATE INDEX ix_cv_message_reply_to ON cv_message (reply_to_id);

-- ids come from sequences (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50): portable to H2 2.x and PostgreSQL
CREATE SEQUENCE cv_conversation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cv_message_seq START WITH 50 INCREMENT BY 50;
