-- helpdesk: conversations waiting for an operator. conversation_id refers to conversation's table by
-- value only (no foreign key across modules except to core's wk_worker).
CREATE TABLE hd_queue_item (
    id               BIGINT PRIMARY KEY,
    conversation_id  BIGINT      NOT NULL,
    worker_id        BIGINT      NOT NULL REFERENCES wk_worker (id),
    reason           VARCHAR(64) NOT NULL,
    status           VARCHAR(16) NOT NULL,
    waiting_since    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_hd_queue_item_status ON hd_queue_item (status, waiting_since);
CREATE INDEX ix_hd_queue_item_conversation ON hd_queue_item (conversation_id, status);

-- ids come from a sequence (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50)
CREATE SEQUENCE hd_queue_item_seq START WITH 50 INCREMENT BY 50;
