package org.warmline.returnhome.application;

/** A trip, request or plan that does not exist; the staff API answers 404 problem+json. */
public class NotFoundProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what was not found (ids only, no personal data) */
    public NotFoundProblem(String message) {
        super(message);
    }
}
