-- legalaid (issue 12 point 3): reminders to staff of a case's legal deadlines, 30/14/7/3/1 days before each,
-- written once each by ReminderJob (the unique key keeps a second node or a second run from writing it again).
-- case_id = la_case.id; kind = DeadlineKind; due_on = the deadline's last day when the reminder was written.
CREATE TABLE la_deadline_reminder (
    id           BIGINT PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES la_case (id),
    kind         VARCHAR(40)  NOT NULL,
    due_on       DATE         NOT NULL,
    days_before  INTEGER      NOT NULL,
    centre_id    VARCHAR(32),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT la_deadline_reminder_once UNIQUE (case_id, kind, due_on, days_before)
);
CREATE INDEX la_deadline_reminder_created ON la_deadline_reminder (created_at);

-- ids come from a sequence (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50): portable to H2 2.x and PostgreSQL
CREATE SEQUENCE la_deadline_reminder_seq START WITH 50 INCREMENT BY 50;
