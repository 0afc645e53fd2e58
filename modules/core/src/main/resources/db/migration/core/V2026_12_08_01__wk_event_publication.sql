-- core: the event publication registry (issue 11, point 2). One row per event x durable listener,
-- written in the transaction that caused the event and deleted in the transaction in which the
-- listener applied it: a row that exists is an event not yet applied, retried until done.
-- Portable SQL for H2 and PostgreSQL.
CREATE TABLE wk_event_publication (
    id              BIGINT PRIMARY KEY,
    listener        VARCHAR(64)    NOT NULL,
    event_type      VARCHAR(200)   NOT NULL,
    lane_key        VARCHAR(64)    NOT NULL,
    payload         VARCHAR(20000) NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(400)
);
CREATE INDEX ix_wk_event_publication_due ON wk_event_publication (next_attempt_at);
CREATE SEQUENCE wk_event_publication_seq START WITH 50 INCREMENT BY 50;
