-- returnhome: a worker's request for a seat home. worker_id refers to core's wk_worker.
CREATE TABLE rh_trip_request (
    id                BIGINT PRIMARY KEY,
    worker_id         BIGINT      NOT NULL REFERENCES wk_worker (id),
    conversation_ref  VARCHAR(64),
    destination_code  VARCHAR(6)  NOT NULL,
    origin_code       VARCHAR(6)  NOT NULL,
    travel_date       DATE        NOT NULL,
    party_size        INTEGER     NOT NULL CHECK (party_size BETWEEN 1 AND 60),
    status            VARCHAR(32) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_rh_trip_request_conversation ON rh_trip_request (conversation_ref, status);
CREATE INDEX ix_rh_trip_request_travel ON rh_trip_request (destination_code, travel_date);

-- ids come from sequences (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50): portable to H2 2.x and PostgreSQL
CREATE SEQUENCE rh_trip_request_seq START WITH 50 INCREMENT BY 50;
