package org.warmline.sms.interfaces.webhook;

import com.twilio.security.RequestValidator;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.warmline.core.interfaces.rest.Problems;
import org.warmline.sms.application.TwilioSettings;

/**
 * The first steps both Twilio webhooks share: the form's fields (first value of each, as Twilio sends
 * one) and the {@code X-Twilio-Signature} check with twilio-java's {@link RequestValidator} against
 * {@code warmline.public-base-url} + path + the raw query (Twilio signs the full URL it called).
 */
final class SignedForm {

    private SignedForm() {
    }

    /** @return each field's first value ("" for a field without one) */
    static Map<String, String> fields(MultivaluedMap<String, String> form) {
        Map<String, String> params = new HashMap<>();
        if (form != null) {
            form.forEach((k, v) -> params.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
        }
        return params;
    }

    /** @return the URL Twilio signed: the public base URL, {@code path} and the request's raw query */
    static String url(TwilioSettings settings, String path, UriInfo uriInfo) {
        String query = uriInfo.getRequestUri().getRawQuery();
        return settings.publicBaseUrl() + path + (query == null ? "" : "?" + query);
    }

    /** @return whether {@code signature} is present and matches {@code url} and {@code fields} */
    static boolean valid(TwilioSettings settings, String url, Map<String, String> fields, String signature) {
        return signature != null && !signature.isBlank()
                && new RequestValidator(settings.authToken()).validate(url, fields, signature);
    }

    /** @return 403 problem+json for a request whose signature does not match {@code url} */
    static Response forbidden(String url) {
        return Problems.of(Response.Status.FORBIDDEN, "Invalid Twilio signature",
                "X-Twilio-Signature does not match this request for " + url);
    }
}
