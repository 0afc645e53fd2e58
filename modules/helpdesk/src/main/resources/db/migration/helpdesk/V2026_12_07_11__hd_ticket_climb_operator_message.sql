-- helpdesk (issue 10, "nobody unseen"): why a conversation is where it is after it climbed to a parent
-- centre (reason code, the centres it passed, e.g. 'GD>HQ', and the pick-up time that ran out), since
-- when it waits at its current centre (the pick-up clock), and who wrote each operator message.
ALTER TABLE hd_ticket ADD COLUMN climb_reason VARCHAR(32);
ALTER TABLE hd_ticket ADD COLUMN climb_path VARCHAR(200);
ALTER TABLE hd_ticket ADD COLUMN climb_limit_seconds INTEGER;
ALTER TABLE hd_ticket ADD COLUMN centre_since TIMESTAMP WITH TIME ZONE;

CREATE TABLE hd_operator_message (
    message_id  BIGINT       PRIMARY KEY,
    ticket_id   BIGINT       NOT NULL REFERENCES hd_ticket (id),
    author      VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_hd_operator_message_ticket ON hd_operator_message (ticket_id);
