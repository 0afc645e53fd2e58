package org.warmline.core.domain.refusal;

/** What the request names does not exist (an unknown id); answered 404. */
public class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    /**
     * @param code    stable rule code, e.g. {@code conversation.not-found}
     * @param message what was refused, in English, without personal data
     */
    public NotFound(String code, String message) {
        super(code, message);
    }

    /** @return {@link Kind#NOT_FOUND} */
    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
