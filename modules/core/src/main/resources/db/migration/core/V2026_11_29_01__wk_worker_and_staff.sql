-- core: workers (identity by phone) and staff accounts. Portable SQL for H2 and PostgreSQL.
CREATE TABLE wk_worker (
    id          BIGINT PRIMARY KEY,
    phone_e164  VARCHAR(20)  NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_wk_worker_phone UNIQUE (phone_e164)
);

CREATE TABLE wk_staff_user (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_wk_staff_user_username UNIQUE (username)
);

-- ids come from sequences (JPA SEQUENCE generation, 50 at a time; EclipseLink reads the value as the top of a block, hence START WITH 50): portable to H2 2.x and PostgreSQL
CREATE SEQUENCE wk_worker_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE wk_staff_user_seq START WITH 50 INCREMENT BY 50;
