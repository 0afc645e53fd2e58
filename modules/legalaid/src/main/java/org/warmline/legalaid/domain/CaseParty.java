package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.warmline.core.domain.text.SafeText;

/** One party of a case's contractor chain ({@code la_case_party}; its place in the chain is the row's position). */
@Embeddable
public class CaseParty {

    /** Longest party name kept, in characters. */
    public static final int MAX_NAME = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 24)
    private PartyRole role;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    /** For JPA. */
    protected CaseParty() {
    }

    /**
     * @param role the party's role in the chain
     * @param name its name as the worker or staff gave it (data, kept verbatim), 1..200 characters
     * @throws IllegalArgumentException if the role is null or the name blank or too long
     */
    public CaseParty(PartyRole role, String name) {
        if (role == null) {
            throw new IllegalArgumentException("a party has a role");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a party's name has 1.." + MAX_NAME + " characters");
        }
        this.role = role;
        this.name = SafeText.cut(name.strip(), MAX_NAME);
    }

    /** @return the role */
    public PartyRole role() {
        return role;
    }

    /** @return the name as given */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseParty p && p.role == role && Objects.equals(p.name, name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, name);
    }
}
