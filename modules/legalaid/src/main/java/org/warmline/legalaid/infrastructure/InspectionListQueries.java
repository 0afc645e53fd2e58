package org.warmline.legalaid.infrastructure;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The SQL of the inspection list's page (issue 12 point 5), plain and portable (H2, PostgreSQL), without
 * parameters: the only variable part is a list of group ids, which are numbers and are written inline. Used
 * by {@link JpaCaseGroupRepository} through native queries and by the claims benchmark over JDBC, so the
 * benchmark times the very queries the server runs. Each query reads the member cases of the page's groups
 * as rows (no entities), so a page of large groups costs three queries, not one per case.
 */
public final class InspectionListQueries {

    private InspectionListQueries() {
    }

    /**
     * The ranked groups with an open case (the list without a centre filter).
     *
     * @return columns id, label, project_name, site_code, workers, owed_fen, recovered_fen, flags; the caller
     *         limits the rows
     */
    public static String ranked() {
        return "SELECT id, label, project_name, site_code, workers, owed_fen, recovered_fen, flags FROM la_case_group"
                + " WHERE open_cases > 0 ORDER BY workers DESC, owed_fen DESC, id";
    }

    /**
     * @param groupIds the page's groups (non-empty)
     * @return columns group_id, case_id, step, centre_id, amount_owed_fen, client_paid_late, illegal_subcontract,
     *         by group and case
     */
    public static String cases(Collection<Long> groupIds) {
        return "SELECT m.group_id, c.id, c.step, c.centre_id, c.amount_owed_fen, c.client_paid_late,"
                + " c.illegal_subcontract FROM la_case_group_member m JOIN la_case c ON c.id = m.case_id"
                + " WHERE m.group_id IN (" + ids(groupIds) + ") ORDER BY m.group_id, c.id";
    }

    /**
     * @param groupIds the page's groups (non-empty)
     * @return columns case_id, kind, held of the member cases' evidence checklists
     */
    public static String evidence(Collection<Long> groupIds) {
        return "SELECT e.case_id, e.kind, e.held FROM la_case_evidence e JOIN la_case_group_member m"
                + " ON m.case_id = e.case_id WHERE m.group_id IN (" + ids(groupIds) + ")";
    }

    /**
     * @param groupIds the page's groups (non-empty)
     * @return columns case_id, position, role, name of the member cases' contractor chains, in chain order
     */
    public static String parties(Collection<Long> groupIds) {
        return "SELECT p.case_id, p.position, p.role, p.name FROM la_case_party p JOIN la_case_group_member m"
                + " ON m.case_id = p.case_id WHERE m.group_id IN (" + ids(groupIds) + ") ORDER BY p.case_id, p.position";
    }

    private static String ids(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            throw new IllegalArgumentException("no group ids");
        }
        return groupIds.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }
}
