-- legalaid (issue 12 point 4): collective claims. A group holds the cases against one employer or project
-- (linked automatically or placed by staff); its summary columns are kept in step with the cases so that the
-- inspection list is one indexed query. Cases referenced by id only. Money in fen.
CREATE TABLE la_case_group (
    id                   BIGINT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    label                VARCHAR(200),
    employer_normalised  VARCHAR(200),
    site_code            VARCHAR(6),
    project_name         VARCHAR(200),
    cases                INTEGER       NOT NULL,
    open_cases           INTEGER       NOT NULL,
    workers              INTEGER       NOT NULL,
    owed_fen             BIGINT        NOT NULL,
    recovered_fen        BIGINT        NOT NULL,
    flags                VARCHAR(200),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX la_case_group_rank ON la_case_group (workers, owed_fen);

CREATE TABLE la_case_group_member (
    case_id   BIGINT      PRIMARY KEY,
    group_id  BIGINT      NOT NULL REFERENCES la_case_group (id),
    placed    VARCHAR(8)  NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX la_case_group_member_group ON la_case_group_member (group_id);

CREATE TABLE la_group_audit (
    id              BIGINT PRIMARY KEY,
    group_id        BIGINT        NOT NULL,
    action          VARCHAR(16)   NOT NULL,
    case_ids        VARCHAR(2000),
    other_group_id  BIGINT,
    by_user         VARCHAR(64)   NOT NULL,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(500)
);
CREATE INDEX la_group_audit_group ON la_group_audit (group_id);

CREATE SEQUENCE la_case_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE la_group_audit_seq START WITH 50 INCREMENT BY 50;
