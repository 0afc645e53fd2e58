-- helpdesk: one ticket per conversation (status, priority, assignee, labels, service, centre, service
-- levels), operators' internal notes and canned replies. conversation_id refers to conversation's
-- table by value only.
CREATE TABLE hd_ticket (
    id                 BIGINT PRIMARY KEY,
    conversation_id    BIGINT       NOT NULL,
    worker_id          BIGINT       NOT NULL REFERENCES wk_worker (id),
    channel            VARCHAR(16)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    priority           VARCHAR(16)  NOT NULL,
    priority_rank      INT          NOT NULL,
    assignee           VARCHAR(64),
    labels             VARCHAR(400) NOT NULL,
    service            VARCHAR(16),
    centre_code        VARCHAR(32)  NOT NULL,
    centre_fixed       BOOLEAN      NOT NULL,
    urgent_reason      VARCHAR(64),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_message_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    waiting_since      TIMESTAMP WITH TIME ZONE,
    first_response_at  TIMESTAMP WITH TIME ZONE,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    snoozed_until      TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    CONSTRAINT uq_hd_ticket_conversation UNIQUE (conversation_id)
);
CREATE INDEX ix_hd_ticket_queue ON hd_ticket (centre_code, status, priority_rank, waiting_since);
CREATE INDEX ix_hd_ticket_worker ON hd_ticket (worker_id);
CREATE INDEX ix_hd_ticket_created ON hd_ticket (created_at);
CREATE SEQUENCE hd_ticket_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE hd_note (
    id          BIGINT PRIMARY KEY,
    ticket_id   BIGINT        NOT NULL REFERENCES hd_ticket (id),
    author      VARCHAR(64)   NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_hd_note_ticket ON hd_note (ticket_id);
CREATE SEQUENCE hd_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE hd_canned_reply (
    id        BIGINT PRIMARY KEY,
    language  VARCHAR(8)    NOT NULL,
    title     VARCHAR(64)   NOT NULL,
    body      VARCHAR(600)  NOT NULL
);
INSERT INTO hd_canned_reply (id, language, title, body) VALUES (1, 'zh', '问候', '您好，我是暖心热线接线员，请问有什么可以帮您？');
INSERT INTO hd_canned_reply (id, language, title, body) VALUES (2, 'zh', '安全', '请先确认您现在是否安全。如有紧急危险请立即拨打110或120。');
INSERT INTO hd_canned_reply (id, language, title, body) VALUES (3, 'zh', '欠薪', '关于欠薪问题，我们会安排法律援助人员联系您，请保留工资条、考勤记录等证据。');
INSERT INTO hd_canned_reply (id, language, title, body) VALUES (4, 'zh', '返乡', '我们已记录您的返乡需求，车次确定后会短信通知您。');
INSERT INTO hd_canned_reply (id, language, title, body) VALUES (5, 'en', 'Greeting', 'Hello, this is the Warmline hotline. How can I help you?');
INSERT INTO hd_canned_reply (id, language, title, body) VALUES (6, 'en', 'Safety', 'Are you safe right now? In an emergency call 110 (police) or 120 (ambulance).');
