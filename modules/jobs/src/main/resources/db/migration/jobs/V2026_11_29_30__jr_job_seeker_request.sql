-- jobs: a worker asking for work, training or start-up advice.
CREATE TABLE jr_job_seeker_request (
    id                BIGINT PRIMARY KEY,
    worker_id         BIGINT        NOT NULL REFERENCES wk_worker (id),
    conversation_ref  VARCHAR(64),
    request_text      VARCHAR(4000) NOT NULL,
    status            VARCHAR(32)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- ids come from sequences (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50): portable to H2 2.x and PostgreSQL
CREATE SEQUENCE jr_job_seeker_request_seq START WITH 50 INCREMENT BY 50;
