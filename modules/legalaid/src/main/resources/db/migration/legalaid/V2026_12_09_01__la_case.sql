-- legalaid (issue 12): wage-arrears cases, their claimants, contractor chain, evidence checklist, timeline,
-- notes and screening; staff answers to consultations. Money in fen (yuan x 100). Other modules' rows are
-- referenced by id only (worker_id = wk_worker.id, centre_id = wk_help_centre.code).
CREATE TABLE la_case (
    id                   BIGINT PRIMARY KEY,
    version              BIGINT        NOT NULL,
    lead_worker_id       BIGINT        NOT NULL,
    consultation_id      BIGINT,
    topic                VARCHAR(32)   NOT NULL,
    step                 VARCHAR(16)   NOT NULL,
    step_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    employer_as_named    VARCHAR(200),
    employer_normalised  VARCHAR(200),
    project_name         VARCHAR(200),
    site_code            VARCHAR(6),
    trade                VARCHAR(64),
    worked_from          DATE,
    worked_to            DATE,
    employment_ended     BOOLEAN,
    ended_on             DATE,
    amount_owed_fen      BIGINT,
    months_unpaid        INTEGER,
    absconded            BOOLEAN       DEFAULT FALSE NOT NULL,
    urgent               BOOLEAN       DEFAULT FALSE NOT NULL,
    centre_id            VARCHAR(32),
    assigned_staff       VARCHAR(64),
    last_demand_on       DATE,
    breach_ended_on      DATE,
    client_paid_late     BOOLEAN,
    illegal_subcontract  BOOLEAN,
    outcome_code         VARCHAR(32),
    recovered_fen        BIGINT,
    received_fen         BIGINT,
    rejection_reason     VARCHAR(500),
    referral             VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX la_case_lead_worker ON la_case (lead_worker_id);
CREATE INDEX la_case_employer ON la_case (employer_normalised);
CREATE INDEX la_case_step ON la_case (step);

CREATE TABLE la_case_claimant (
    case_id          BIGINT NOT NULL REFERENCES la_case (id),
    worker_id        BIGINT NOT NULL,
    amount_owed_fen  BIGINT
);
CREATE INDEX la_case_claimant_case ON la_case_claimant (case_id);
CREATE INDEX la_case_claimant_worker ON la_case_claimant (worker_id);

CREATE TABLE la_case_party (
    case_id   BIGINT       NOT NULL REFERENCES la_case (id),
    position  INTEGER      NOT NULL,
    role      VARCHAR(24)  NOT NULL,
    name      VARCHAR(200) NOT NULL
);
CREATE INDEX la_case_party_case ON la_case_party (case_id);

CREATE TABLE la_case_evidence (
    case_id  BIGINT      NOT NULL REFERENCES la_case (id),
    kind     VARCHAR(32) NOT NULL,
    held     BOOLEAN     NOT NULL
);
CREATE INDEX la_case_evidence_case ON la_case_evidence (case_id);

CREATE TABLE la_case_event (
    id          BIGINT PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES la_case (id),
    kind        VARCHAR(16)   NOT NULL,
    step        VARCHAR(16),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    by_user     VARCHAR(64)   NOT NULL,
    note        VARCHAR(2000),
    on_date     DATE,
    reason      VARCHAR(2000),
    amount_fen  BIGINT
);
CREATE INDEX la_case_event_case ON la_case_event (case_id);

CREATE TABLE la_case_note (
    id       BIGINT PRIMARY KEY,
    case_id  BIGINT        NOT NULL REFERENCES la_case (id),
    body     VARCHAR(2000) NOT NULL,
    by_user  VARCHAR(64)   NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX la_case_note_case ON la_case_note (case_id);

CREATE TABLE la_case_screening (
    id               BIGINT PRIMARY KEY,
    case_id          BIGINT       NOT NULL REFERENCES la_case (id),
    criterion        VARCHAR(32)  NOT NULL,
    passed           BOOLEAN      NOT NULL,
    override_reason  VARCHAR(500),
    by_user          VARCHAR(64)  NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX la_case_screening_case ON la_case_screening (case_id);

CREATE TABLE la_consultation_answer (
    id               BIGINT PRIMARY KEY,
    consultation_id  BIGINT        NOT NULL REFERENCES la_consultation (id),
    body             VARCHAR(2000) NOT NULL,
    by_user          VARCHAR(64)   NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX la_consultation_answer_c ON la_consultation_answer (consultation_id);

ALTER TABLE la_consultation ADD COLUMN case_id BIGINT;

-- ids from sequences, 50 at a time (EclipseLink reads the value as the top of a block, hence START WITH 50)
CREATE SEQUENCE la_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE la_case_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE la_case_note_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE la_case_screening_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE la_consultation_answer_seq START WITH 50 INCREMENT BY 50;
