-- helpdesk: a conversation escalated into a service module — a request an operator created from it
-- or linked to it from the worker's file (一人一档). request_id refers to the module's own table by
-- value only (no foreign key across modules); (ticket, service, request) is linked at most once.
CREATE TABLE hd_escalation (
    id               BIGINT PRIMARY KEY,
    ticket_id        BIGINT       NOT NULL REFERENCES hd_ticket (id),
    service          VARCHAR(16)  NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    request_id       BIGINT       NOT NULL,
    mode             VARCHAR(16)  NOT NULL,
    actor            VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_hd_escalation UNIQUE (ticket_id, service, request_id)
);
CREATE INDEX ix_hd_escalation_ticket ON hd_escalation (ticket_id);
CREATE SEQUENCE hd_escalation_seq START WITH 50 INCREMENT BY 50;
