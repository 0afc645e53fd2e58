package org.warmline.sms.infrastructure;

import com.twilio.base.ResourceSet;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.http.Header;
import org.apache.http.client.config.RequestConfig;
import org.warmline.conversation.api.OutboundDispatch;
import org.warmline.sms.application.SmsSendException;
import org.warmline.sms.application.SmsTransport;

/**
 * Sends through Twilio's Messages API with twilio-java: {@code Message.creator(to, from | messagingServiceSid,
 * body).setStatusCallback(<public-base-url>/webhooks/twilio/status?id=<our id>)}. twilio-java's own
 * retry of 5xx answers ({@code HttpClient.reliableRequest}) is switched off: a POST that failed with
 * 5xx may still have created the message, so the outbox decides about every retry (and asks
 * Twilio first, see {@link #find}). Timeouts are ours ({@code warmline.sms.provider-timeout}).
 */
public class TwilioSmsTransport implements SmsTransport {

    private static final Logger LOG = Logger.getLogger(TwilioSmsTransport.class.getName());

    private final TwilioRestClient client;
    private final OneShotHttpClient http;
    private final String from;
    private final String messagingServiceSid;

    /**
     * @param accountSid          account SID (AC…)
     * @param user                API user: the account SID or an API key (SK…)
     * @param password            the auth token or the API key's secret
     * @param from                sender number (E.164), or null with a Messaging Service
     * @param messagingServiceSid Messaging Service SID (MG…), or null
     * @param apiBaseUrl          another host for the REST API (a test's fake), or null for Twilio's
     * @param timeout             connect and read timeout of one call
     */
    public TwilioSmsTransport(String accountSid, String user, String password, String from,
                              String messagingServiceSid, String apiBaseUrl, Duration timeout) {
        if (from == null && messagingServiceSid == null) {
            throw new IllegalArgumentException("a sender number or a Messaging Service SID is required");
        }
        this.http = new OneShotHttpClient(apiBaseUrl, (int) timeout.toMillis());
        this.client = new TwilioRestClient.Builder(user, password).accountSid(accountSid).httpClient(http).build();
        this.from = from;
        this.messagingServiceSid = messagingServiceSid;
    }

    @Override
    public String name() {
        return "twilio";
    }

    @Override
    public String send(OutboundDispatch message, String statusCallbackUrl) throws SmsSendException {
        PhoneNumber to = new PhoneNumber(message.to());
        MessageCreator creator = messagingServiceSid != null
                ? Message.creator(to, messagingServiceSid, message.body())
                : Message.creator(to, new PhoneNumber(from), message.body());
        creator.setStatusCallback(statusCallbackUrl);
        try {
            return creator.create(client).getSid();
        } catch (RuntimeException e) {
            throw new SmsSendException(TwilioErrors.classify(e, retryAfter()), e);
        }
    }

    @Override
    public Optional<String> find(OutboundDispatch message) throws SmsSendException {
        try {
            ResourceSet<Message> recent = Message.reader().setTo(new PhoneNumber(message.to())).limit(50)
                    .pageSize(50).read(client);
            for (Message m : recent) {
                boolean after = m.getDateCreated() == null
                        || !m.getDateCreated().toInstant().isBefore(message.queuedAt().minusSeconds(60));
                // an attempt the provider failed (e.g. 63018, a rate limit) is not "taken": send again
                boolean failed = m.getStatus() == Message.Status.FAILED || m.getStatus() == Message.Status.UNDELIVERED
                        || m.getStatus() == Message.Status.CANCELED;
                if (message.body().equals(m.getBody()) && after && !failed) {
                    return Optional.of(m.getSid());
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new SmsSendException(TwilioErrors.classify(e, null), e);
        }
    }

    private Duration retryAfter() {
        Response last = http.last.get();
        if (last == null || last.getHeaders() == null) {
            return null;
        }
        return Arrays.stream(last.getHeaders()).filter(h -> "Retry-After".equalsIgnoreCase(h.getName()))
                .map(Header::getValue).findFirst().flatMap(v -> {
                    try {
                        return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                }).orElse(null);
    }

    /**
     * twilio-java's network client with one attempt per call (no hidden retries), our timeouts, and
     * optionally another host (scheme, host and port of every request URL replaced).
     */
    static final class OneShotHttpClient extends NetworkHttpClient {

        private final String baseUrl;
        /** The latest response on this thread (twilio-java records it only inside its retry loop). */
        final ThreadLocal<Response> last = new ThreadLocal<>();

        OneShotHttpClient(String baseUrl, int timeoutMillis) {
            super(RequestConfig.custom().setConnectTimeout(timeoutMillis).setSocketTimeout(timeoutMillis)
                    .setConnectionRequestTimeout(timeoutMillis).build());
            this.baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
        }

        @Override
        public Response reliableRequest(Request request) {
            return makeRequest(request);
        }

        @Override
        public Response makeRequest(Request request) {
            last.remove();
            Response response = super.makeRequest(redirect(request));
            last.set(response);
            return response;
        }

        private Request redirect(Request request) {
            if (baseUrl == null) {
                return request;
            }
            String url = request.constructURL().toString();
            String path = url.replaceFirst("^https?://[^/]+", "");
            Request copy = new Request(request.getMethod(), baseUrl + path);
            copy.setAuth(request.getAuthStrategy());
            copy.setContentType(request.getContentType());
            if (request.getBody() != null) {
                copy.setBody(request.getBody());
            }
            for (Map.Entry<String, List<String>> e : request.getPostParams().entrySet()) {
                e.getValue().forEach(v -> copy.addPostParam(e.getKey(), v));
            }
            for (Map.Entry<String, List<String>> e : request.getHeaderParams().entrySet()) {
                e.getValue().forEach(v -> copy.addHeaderParam(e.getKey(), v));
            }
            LOG.finest(() -> "Twilio API call redirected to " + baseUrl);
            return copy;
        }
    }
}
