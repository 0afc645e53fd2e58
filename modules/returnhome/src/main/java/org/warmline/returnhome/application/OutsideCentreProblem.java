package org.warmline.returnhome.application;

import org.warmline.core.domain.refusal.Forbidden;

/**
 * A trip, request or plan of another help centre: the staff API answers 403 problem+json with code
 * {@code centre.outside} (issue 5, point 2), after the attempt was written to the audit log.
 */
public class OutsideCentreProblem extends Forbidden {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused (ids and centre codes only, no personal data) */
    public OutsideCentreProblem(String message) {
        super("centre.outside", message);
    }

    /** @return "Another help centre's record" */
    @Override
    public String title() {
        return "Another help centre's record";
    }
}
