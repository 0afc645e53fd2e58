-- core: help centres (帮扶中心) serving regions, each staff user's centre and state, and the audit log
-- (who did what, when) that supervisors read. Portable SQL for H2 and PostgreSQL.
CREATE TABLE wk_help_centre (
    code        VARCHAR(32)  PRIMARY KEY,
    name_zh     VARCHAR(64)  NOT NULL,
    name_en     VARCHAR(64)  NOT NULL,
    regions     VARCHAR(400) NOT NULL
);
-- regions: comma-separated GB/T 2260 code prefixes (2 digits a province, 4 a city); '*' = everything
-- not served by another centre (the default centre).
INSERT INTO wk_help_centre (code, name_zh, name_en, regions) VALUES ('HQ', '总部热线', 'Head office hotline', '*');
INSERT INTO wk_help_centre (code, name_zh, name_en, regions) VALUES ('AH', '安徽帮扶中心', 'Anhui help centre', '34');
INSERT INTO wk_help_centre (code, name_zh, name_en, regions) VALUES ('GD', '广东帮扶中心', 'Guangdong help centre', '44');

ALTER TABLE wk_staff_user ADD COLUMN centre_code VARCHAR(32) DEFAULT 'HQ' NOT NULL;
ALTER TABLE wk_staff_user ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE wk_audit_entry (
    id           BIGINT PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(32)  NOT NULL,
    subject_id   VARCHAR(64)  NOT NULL,
    detail       VARCHAR(400)
);
CREATE INDEX ix_wk_audit_entry_at ON wk_audit_entry (at);
CREATE INDEX ix_wk_audit_entry_subject ON wk_audit_entry (subject_type, subject_id);
CREATE SEQUENCE wk_audit_entry_seq START WITH 50 INCREMENT BY 50;
