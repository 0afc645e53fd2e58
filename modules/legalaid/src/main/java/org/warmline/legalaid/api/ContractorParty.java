package org.warmline.legalaid.api;

import java.util.List;

/**
 * One party of a construction project's contractor chain as the bot or staff learned it (Decree 724, Art. 29–30).
 *
 * @param role CLIENT (建设单位), GENERAL_CONTRACTOR (总承包), SUBCONTRACTOR (分包) or FOREMAN (包工头)
 * @param name the party's name as given (data, kept verbatim), 1..200 characters
 */
public record ContractorParty(String role, String name) {

    /** The roles, top of the chain first. */
    public static final List<String> ROLES = List.of("CLIENT", "GENERAL_CONTRACTOR", "SUBCONTRACTOR", "FOREMAN");

    /**
     * @throws IllegalArgumentException if the role is not one of {@link #ROLES} or the name is blank or over 200 characters
     */
    public ContractorParty {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + ROLES);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a party's name has 1..200 characters");
        }
    }
}
