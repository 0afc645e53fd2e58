-- returnhome, issue 6: travel window, notes and lifecycle of trip requests; trips with ordered stops.
-- H2 2.2 and PostgreSQL: one column per ALTER TABLE statement.
ALTER TABLE rh_trip_request ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE rh_trip_request ADD COLUMN earliest_date DATE;
ALTER TABLE rh_trip_request ADD COLUMN latest_date DATE;
ALTER TABLE rh_trip_request ADD COLUMN notes VARCHAR(500);
ALTER TABLE rh_trip_request ADD COLUMN trip_id BIGINT;
ALTER TABLE rh_trip_request ADD COLUMN offer_deadline TIMESTAMP WITH TIME ZONE;
ALTER TABLE rh_trip_request ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE rh_trip (
    id              BIGINT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    vehicle_type    VARCHAR(16)  NOT NULL,
    capacity        INTEGER      NOT NULL CHECK (capacity BETWEEN 1 AND 2000),
    origin_code     VARCHAR(6)   NOT NULL,
    pickup_point    VARCHAR(24)  NOT NULL,
    departs_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    carrier         VARCHAR(100),
    driver_contact  VARCHAR(100),
    status          VARCHAR(16)  NOT NULL,
    plan_id         BIGINT,
    confirm_by      TIMESTAMP WITH TIME ZONE,
    published_at    TIMESTAMP WITH TIME ZONE,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rh_trip_status ON rh_trip (status, departs_at);

-- the ordered destination stops of a trip (GB/T 2260 codes)
CREATE TABLE rh_trip_stop (
    trip_id     BIGINT     NOT NULL REFERENCES rh_trip (id),
    position    INTEGER    NOT NULL,
    place_code  VARCHAR(6) NOT NULL,
    PRIMARY KEY (trip_id, position)
);

ALTER TABLE rh_trip_request ADD CONSTRAINT fk_rh_trip_request_trip FOREIGN KEY (trip_id) REFERENCES rh_trip (id);
CREATE INDEX ix_rh_trip_request_trip ON rh_trip_request (trip_id, status);
CREATE INDEX ix_rh_trip_request_status ON rh_trip_request (status, origin_code);

CREATE SEQUENCE rh_trip_seq START WITH 50 INCREMENT BY 50;
