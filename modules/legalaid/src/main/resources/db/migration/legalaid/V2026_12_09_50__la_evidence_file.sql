-- legalaid (laevidence): evidence files a worker sent (photos, PDF), checked by content and size
-- (at most 5 MiB each), kept with the worker and, once the worker has an open case, with that case.
CREATE TABLE la_evidence_file (
    id            BIGINT PRIMARY KEY,
    worker_id     BIGINT       NOT NULL REFERENCES wk_worker (id),
    case_id       BIGINT,
    source_ref    VARCHAR(100) NOT NULL,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    channel       VARCHAR(16)  NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT la_evidence_file_source UNIQUE (channel, source_ref)
);

CREATE INDEX la_evidence_file_case ON la_evidence_file (case_id);
CREATE INDEX la_evidence_file_worker ON la_evidence_file (worker_id);

-- ids from a sequence, 50 at a time (EclipseLink reads the value as the top of a block, hence START WITH 50)
CREATE SEQUENCE la_evidence_file_seq START WITH 50 INCREMENT BY 50;
