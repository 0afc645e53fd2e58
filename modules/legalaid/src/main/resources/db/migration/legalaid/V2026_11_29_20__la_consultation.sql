-- legalaid: a consultation opened from a worker's message (wage arrears first).
CREATE TABLE la_consultation (
    id                BIGINT PRIMARY KEY,
    worker_id         BIGINT        NOT NULL REFERENCES wk_worker (id),
    conversation_ref  VARCHAR(64),
    topic             VARCHAR(32)   NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    status            VARCHAR(32)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- ids come from sequences (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50): portable to H2 2.x and PostgreSQL
CREATE SEQUENCE la_consultation_seq START WITH 50 INCREMENT BY 50;
