package org.warmline.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ready-made reply an operator can insert into the reply box (seeded by the migration). */
@Entity
@Table(name = "hd_canned_reply")
public class CannedReply {

    @Id
    private Long id;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "title", nullable = false, length = 64)
    private String title;

    @Column(name = "body", nullable = false, length = 600)
    private String body;

    /** For JPA. */
    protected CannedReply() {
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return zh or en */
    public String language() {
        return language;
    }

    /** @return short title */
    public String title() {
        return title;
    }

    /** @return the text */
    public String body() {
        return body;
    }
}
