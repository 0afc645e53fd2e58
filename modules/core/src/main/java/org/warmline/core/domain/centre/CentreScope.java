package org.warmline.core.domain.centre;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which places a member of staff may work on, for modules whose records are scoped by place rather than
 * by a stored centre (returning home: a request's origin and destination, a trip's pick-up and stops).
 * The rule of issue 5, point 2: staff see what their help centre serves; supervisors and admins see all.
 * A centre serves a place when one of its region prefixes matches the place's GB/T 2260 code
 * ({@link HelpCentre#serves}); the default centre ({@code *}, {@link HelpCentre#isDefault}) serves, on
 * top, every place that no other centre serves — the meaning of {@code *} in {@code wk_help_centre}
 * ("everything not served by another centre"), the same rule that routes a conversation to it.
 *
 * @param username   the staff user the scope is for
 * @param centreCode their help centre's code
 * @param seesAll    true for supervisors and admins: every place
 * @param centres    every help centre (the default centre's share depends on the others)
 */
public record CentreScope(String username, String centreCode, boolean seesAll, List<HelpCentre> centres) {

    /**
     * Copies the centres.
     *
     * @throws NullPointerException if the user name or the centre list is null
     */
    public CentreScope {
        Objects.requireNonNull(username, "username");
        centres = List.copyOf(Objects.requireNonNull(centres, "centres"));
    }

    /** @return the user's centre, empty if its code names no centre (then it serves no place) */
    public Optional<HelpCentre> centre() {
        return centres.stream().filter(c -> c.code().equals(centreCode)).findFirst();
    }

    /**
     * @param placeCode a GB/T 2260 code (2, 4 or 6 digits), or null
     * @return whether this user may see and change records at that place: always for supervisors; else
     *         if the user's centre serves it, or it is the default centre and no other centre does
     */
    public boolean serves(String placeCode) {
        if (seesAll) {
            return true;
        }
        if (placeCode == null) {
            return false;
        }
        Optional<HelpCentre> own = centre();
        if (own.isEmpty()) {
            return false;
        }
        if (own.get().serves(placeCode) > 0) {
            return true;
        }
        return own.get().isDefault() && others().stream().noneMatch(c -> c.serves(placeCode) > 0);
    }

    /**
     * @param placeCodes the places a record touches (e.g. origin and destination)
     * @return whether this user serves at least one of them
     */
    public boolean servesAny(Collection<String> placeCodes) {
        return placeCodes.stream().anyMatch(this::serves);
    }

    /** @return true if no place is outside this scope (supervisors, or a default centre with no other centre) */
    public boolean servesEverything() {
        return seesAll || centre().map(HelpCentre::isDefault).orElse(false) && otherPrefixes().isEmpty();
    }

    /** @return the region prefixes the user's centre names itself ({@code *} left out); empty for none */
    public List<String> ownPrefixes() {
        return centre().map(c -> c.regions().stream().filter(r -> !"*".equals(r)).toList()).orElse(List.of());
    }

    /** @return whether the user's centre is the default one, serving what no other centre serves */
    public boolean takesTheRest() {
        return centre().map(HelpCentre::isDefault).orElse(false);
    }

    /** @return the region prefixes of every other centre ({@code *} left out): the places the default centre does not take */
    public List<String> otherPrefixes() {
        return others().stream().flatMap(c -> c.regions().stream()).filter(r -> !"*".equals(r)).distinct().toList();
    }

    private List<HelpCentre> others() {
        return centres.stream().filter(c -> !c.code().equals(centreCode)).toList();
    }
}
