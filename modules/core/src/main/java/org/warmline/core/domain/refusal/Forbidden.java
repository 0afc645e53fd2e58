package org.warmline.core.domain.refusal;

/** What the request names belongs to another help centre, or needs a role the caller lacks; answered 403 (the attempt is audited by whoever throws it). */
public class Forbidden extends Refusal {

    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable rule code, e.g. {@code centre.outside}
     * @param message what was refused, in English, without personal data
     */
    public Forbidden(String code, String message) {
        super(code, message);
    }

    /** @return {@link Kind#FORBIDDEN} */
    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
