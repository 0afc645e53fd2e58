package org.warmline.returnhome.application;

/**
 * A trip, request or plan of another help centre: the staff API answers 403 problem+json (issue 5,
 * point 2), after the attempt was written to the audit log.
 */
public class OutsideCentreProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused (ids and centre codes only, no personal data) */
    public OutsideCentreProblem(String message) {
        super(message);
    }
}
