package org.warmline.webapp.interfaces;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * Checks a request body once it is read, before the resource method sees it: a JSON value of another
 * kind than the parameter declares (an array, a string or {@code null} for a {@code JsonObject}) and a
 * list with a {@code null} element inside a request record ({@code {"labels":[null]}}) are refused with
 * 400 problem+json, instead of ending in the method call's "argument type mismatch" or a
 * {@code NullPointerException} deep in a use case.
 */
@Provider
public class BodyShapeCheck implements ReaderInterceptor {

    /** The detail for a JSON value of the wrong kind. */
    public static final String WRONG_KIND = UnreadableBodyMapper.DETAIL;

    /** The detail for a list with an empty element. */
    public static final String NULL_ELEMENT = "a list in the body has an empty (null) element; leave it out";

    /**
     * @param context the read
     * @return the body, when it has the declared type and no list in it holds null
     * @throws IOException         from reading
     * @throws BadRequestException when it does not (400 problem+json)
     */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        Class<?> declared = context.getType();
        if (declared != null && !declared.isPrimitive() && !declared.isInstance(body)
                && (body != null || jakarta.json.JsonValue.class.isAssignableFrom(declared))) {
            throw new BadRequestException(WRONG_KIND);
        }
        if (body instanceof Record record && hasNullElement(record)) {
            throw new BadRequestException(NULL_ELEMENT);
        }
        return body;
    }

    /**
     * @param record a request record
     * @return whether one of its list (collection) components holds a null element
     */
    static boolean hasNullElement(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (!Collection.class.isAssignableFrom(component.getType())) {
                continue;
            }
            try {
                Object value = component.getAccessor().invoke(record);
                if (value instanceof Collection<?> c && c.stream().anyMatch(e -> e == null)) {
                    return true;
                }
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                return false;
            }
        }
        return false;
    }
}
