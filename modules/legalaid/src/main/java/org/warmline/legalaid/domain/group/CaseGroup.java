package org.warmline.legalaid.domain.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warmline.core.domain.text.SafeText;
import org.warmline.legalaid.domain.linking.GroupFlag;

/**
 * A collective claim (issue 12 point 4; table {@code la_case_group}): the cases against one employer or
 * project, with a summary kept in step with them — cases, open cases, distinct workers, total owed and
 * recovered (fen), and the flags of {@link org.warmline.legalaid.domain.linking.GroupFlagRule}. Members are
 * {@link GroupMember} rows; every change is a {@link GroupAuditEntry}.
 */
@Entity
@Table(name = "la_case_group")
public class CaseGroup {

    /** Longest label kept, in characters. */
    public static final int MAX_LABEL = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_case_group_seq")
    @SequenceGenerator(name = "la_case_group_seq", sequenceName = "la_case_group_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "label", length = MAX_LABEL)
    private String label;

    @Column(name = "employer_normalised", length = MAX_LABEL)
    private String employerNormalised;

    @Column(name = "site_code", length = 6)
    private String siteCode;

    @Column(name = "project_name", length = MAX_LABEL)
    private String projectName;

    @Column(name = "cases", nullable = false)
    private int cases;

    @Column(name = "open_cases", nullable = false)
    private int openCases;

    @Column(name = "workers", nullable = false)
    private int workers;

    @Column(name = "owed_fen", nullable = false)
    private long owedFen;

    @Column(name = "recovered_fen", nullable = false)
    private long recoveredFen;

    @Column(name = "flags", length = 200)
    private String flags;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For JPA. */
    protected CaseGroup() {
    }

    /** @param now when it is created, UTC */
    public CaseGroup(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The summary, computed by the group service from the member cases.
     *
     * @param summary the new summary
     * @param now     when, UTC
     */
    public void summarise(Summary summary, Instant now) {
        this.label = summary.label() == null ? null : SafeText.cut(summary.label(), MAX_LABEL);
        this.employerNormalised = summary.employerNormalised() == null ? null
                : SafeText.cut(summary.employerNormalised(), MAX_LABEL);
        this.siteCode = summary.siteCode();
        this.projectName = summary.projectName() == null ? null : SafeText.cut(summary.projectName(), MAX_LABEL);
        this.cases = summary.cases();
        this.openCases = summary.openCases();
        this.workers = summary.workers();
        this.owedFen = summary.owedFen();
        this.recoveredFen = summary.recoveredFen();
        this.flags = summary.flags().isEmpty() ? null
                : String.join(",", summary.flags().stream().map(Enum::name).toList());
        this.updatedAt = now;
    }

    /**
     * A group's figures.
     *
     * @param label              the employer as most claimants named it (the longest such name on a tie)
     * @param employerNormalised its normalised form
     * @param siteCode           the site of most cases
     * @param projectName        the project of most cases, or null
     * @param cases              member cases
     * @param openCases          member cases not closed or rejected
     * @param workers            distinct workers (lead and co-claimants)
     * @param owedFen            total owed, fen
     * @param recoveredFen       total recovered, fen
     * @param flags              the flags that fire
     */
    public record Summary(String label, String employerNormalised, String siteCode, String projectName, int cases,
                          int openCases, int workers, long owedFen, long recoveredFen, List<GroupFlag.Kind> flags) {
        /** Copies the flags. */
        public Summary {
            flags = List.copyOf(flags);
        }
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the label (employer as named), may be null */
    public String label() {
        return label;
    }

    /** @return the normalised employer name, may be null */
    public String employerNormalised() {
        return employerNormalised;
    }

    /** @return the main site's GB/T 2260 code, may be null */
    public String siteCode() {
        return siteCode;
    }

    /** @return the main project, may be null */
    public String projectName() {
        return projectName;
    }

    /** @return member cases */
    public int cases() {
        return cases;
    }

    /** @return open member cases */
    public int openCases() {
        return openCases;
    }

    /** @return distinct workers */
    public int workers() {
        return workers;
    }

    /** @return total owed, fen */
    public long owedFen() {
        return owedFen;
    }

    /** @return total recovered, fen */
    public long recoveredFen() {
        return recoveredFen;
    }

    /** @return the flags stored with the summary */
    public List<GroupFlag.Kind> flags() {
        if (flags == null || flags.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(flags.split(",")).map(GroupFlag.Kind::valueOf).toList());
    }

    /** @return when created, UTC */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when last changed, UTC */
    public Instant updatedAt() {
        return updatedAt;
    }
}
