-- conversation (laevidence): a checked file (photo, PDF; at most 5 MiB) from a worker with no legal
-- matter, kept with the worker's message so operators see it in the transcript.
CREATE TABLE cv_message_file (
    id            BIGINT PRIMARY KEY,
    message_id    BIGINT       NOT NULL REFERENCES cv_message (id),
    file_index    INTEGER      NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL
);

CREATE INDEX cv_message_file_message ON cv_message_file (message_id);

-- ids from a sequence, 50 at a time (EclipseLink reads the value as the top of a block, hence START WITH 50)
CREATE SEQUENCE cv_message_file_seq START WITH 50 INCREMENT BY 50;
