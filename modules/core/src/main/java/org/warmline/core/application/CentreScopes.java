package org.warmline.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.text.SafeText;
import org.warmline.core.domain.staff.StaffUser;

/**
 * Builds the {@link CentreScope} of the signed-in member of staff (issue 5, point 2: staff see their
 * centre's records, supervisors and admins all), turns it into a JPQL or Criteria condition on place-code
 * columns so lists are filtered in the database, and records a refused access in the audit log in a transaction
 * of its own — the refused call's transaction rolls back, the audit line stays.
 */
@ApplicationScoped
public class CentreScopes {

    /** Roles that see every centre's records. */
    public static final List<String> SEES_ALL_ROLES = List.of("SUPERVISOR", "ADMIN");

    @Inject
    StaffDirectory staff;

    @Inject
    HelpCentres centres;

    @Inject
    AuditLog audit;

    /**
     * @param username the signed-in staff user's name
     * @param inRole   whether the caller holds a role (e.g. JAX-RS {@code SecurityContext::isUserInRole})
     * @return the user's scope: their centre (the default centre if the account is unknown), all places
     *         for {@link #SEES_ALL_ROLES}
     */
    @Transactional
    public CentreScope of(String username, Predicate<String> inRole) {
        boolean seesAll = SEES_ALL_ROLES.stream().anyMatch(inRole);
        String centre = staff.byUsername(username).map(StaffUser::centreCode).orElseGet(centres::defaultCentre);
        return new CentreScope(username, centre, seesAll, centres.all());
    }

    /**
     * Writes "who tried what on which record, of which centre" to the audit log, committed on its own
     * (the caller then refuses the call with 403).
     *
     * @param scope       who tried
     * @param action      what was refused, e.g. "trip.publish"
     * @param subjectType kind of record, e.g. "trip"
     * @param subjectId   the record's id
     * @param places      the record's place codes (no personal data)
     */
    public void recordDenied(CentreScope scope, String action, String subjectType, String subjectId, List<String> places) {
        String detail = "denied " + action + ": centre " + scope.centreCode() + " does not serve " + String.join(",", places);
        // AuditLog.recordRefusal commits on its own, so the caller's 403 cannot roll the entry back
        audit.recordRefusal(scope.username(), subjectType + ".denied", subjectType, subjectId, SafeText.cut(detail, 400));
    }

    /**
     * A JPQL condition that keeps the rows at least one of whose place-code columns the scope serves —
     * the same rule as {@link CentreScope#serves}, in the query so limits and counts stay right.
     *
     * @param scope  whose scope
     * @param params receives the condition's parameters (names {@code scopeN})
     * @param paths  place-code paths of the query, e.g. {@code r.originCode}, {@code r.destinationCode}
     * @return a parenthesised condition, or null when the scope serves every place
     */
    public static String jpqlCondition(CentreScope scope, Map<String, Object> params, String... paths) {
        if (scope.servesEverything()) {
            return null;
        }
        List<String> any = new ArrayList<>();
        for (String path : paths) {
            List<String> served = new ArrayList<>();
            for (String prefix : scope.ownPrefixes()) {
                served.add(path + " like :" + param(params, prefix + "%"));
            }
            if (scope.takesTheRest()) {
                List<String> taken = new ArrayList<>();
                for (String prefix : scope.otherPrefixes()) {
                    taken.add(path + " like :" + param(params, prefix + "%"));
                }
                served.add("not (" + String.join(" or ", taken) + ")");
            }
            any.addAll(served);
        }
        return any.isEmpty() ? "(1 = 0)" : "(" + String.join(" or ", any) + ")";
    }

    /**
     * The same condition as {@link #jpqlCondition}, for a Criteria query: the rows at least one of whose
     * place-code attributes the scope serves (a prefix of its own centre, or for the default centre no prefix
     * of another).
     *
     * @param scope whose scope
     * @param cb    the query's builder
     * @param paths place-code attributes of the query's root, e.g. {@code r.get("originCode")}
     * @return the predicate, or null when the scope serves every place
     */
    public static jakarta.persistence.criteria.Predicate criteriaCondition(
            CentreScope scope, jakarta.persistence.criteria.CriteriaBuilder cb,
            List<jakarta.persistence.criteria.Expression<String>> paths) {
        if (scope.servesEverything()) {
            return null;
        }
        List<jakarta.persistence.criteria.Predicate> any = new ArrayList<>();
        for (jakarta.persistence.criteria.Expression<String> path : paths) {
            for (String prefix : scope.ownPrefixes()) {
                any.add(cb.like(path, prefix + "%"));
            }
            if (scope.takesTheRest()) {
                any.add(cb.not(cb.or(scope.otherPrefixes().stream().map(prefix -> cb.like(path, prefix + "%"))
                        .toArray(jakarta.persistence.criteria.Predicate[]::new))));
            }
        }
        return cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new)); // none: or() is false
    }

    /**
     * The newest rows of an entity that the scope serves by one place-code attribute; rows without a
     * place belong to the default centre (the one that takes every place no other centre serves).
     *
     * @param em    the caller's entity manager
     * @param type  the entity class (its JPA entity name is the simple class name)
     * @param scope whose scope
     * @param path  the entity's place-code attribute, e.g. "siteCode"
     * @param limit at most this many rows, newest (highest id) first
     * @param <T>   the entity type
     * @return the rows
     */
    public static <T> List<T> newestInScope(jakarta.persistence.EntityManager em, Class<T> type, CentreScope scope,
                                            String path, int limit) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        String condition = jpqlCondition(scope, params, "e." + path);
        String where = condition == null ? ""
                : " where " + condition + (scope.takesTheRest() ? " or e." + path + " is null" : "");
        jakarta.persistence.TypedQuery<T> query = em.createQuery("select e from " + type.getSimpleName() + " e" + where
                + " order by e.id desc", type);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static String param(Map<String, Object> params, Object value) {
        String name = "scope" + params.size();
        params.put(name, value);
        return name;
    }
}
