-- chat: the chat ids the server issued (an unknown id is refused), and one-time codes that confirm a
-- chat worker's phone. Only a salted hash of a code is stored. worker_id refers to core's wk_worker.
CREATE TABLE ch_chat_session (
    id          BIGINT PRIMARY KEY,
    chat_id     VARCHAR(32) NOT NULL,
    language    VARCHAR(8)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_ch_chat_session_chat_id UNIQUE (chat_id)
);

CREATE TABLE ch_phone_verification (
    id           BIGINT PRIMARY KEY,
    worker_id    BIGINT      NOT NULL REFERENCES wk_worker (id),
    phone_e164   VARCHAR(20) NOT NULL,
    salt         VARCHAR(32) NOT NULL,
    code_hash    VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    attempts     INTEGER     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_ch_phone_verification_phone ON ch_phone_verification (phone_e164, created_at);
CREATE INDEX ix_ch_phone_verification_worker ON ch_phone_verification (worker_id, created_at);

-- ids come from sequences (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50)
CREATE SEQUENCE ch_chat_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ch_phone_verification_seq START WITH 50 INCREMENT BY 50;
