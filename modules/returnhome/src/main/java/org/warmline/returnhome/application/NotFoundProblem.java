package org.warmline.returnhome.application;

import org.warmline.core.domain.refusal.NotFound;

/** A trip, request or plan that does not exist; the staff API answers 404 problem+json, code {@link #CODE}. */
public class NotFoundProblem extends NotFound {

    private static final long serialVersionUID = 1L;

    /** The rule code of an unknown trip, request or plan. */
    public static final String CODE = "returnhome.not-found";

    /** @param message what was not found (ids only, no personal data) */
    public NotFoundProblem(String message) {
        super(CODE, message);
    }

    /** @return "Not found" */
    @Override
    public String title() {
        return "Not found";
    }
}
