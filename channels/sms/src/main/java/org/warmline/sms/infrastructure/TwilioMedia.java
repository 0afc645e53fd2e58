package org.warmline.sms.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.conversation.api.InboundFile;
import org.warmline.conversation.api.InboundMedia;
import org.warmline.sms.application.TwilioSettings;

/**
 * Fetches the media of an MMS from Twilio (Twilio docs "Messaging webhooks": {@code MediaUrlN}; "Media
 * resource": with HTTP Basic authentication for media enabled, the URL needs the account's credentials).
 * The credentials go only to Twilio's API host ({@code api.twilio.com}, or the host of
 * {@code warmline.twilio.api-base-url}); Twilio answers with a redirect to its media store, followed
 * without them (at most 3 hops). Reading stops one byte past {@link InboundFile#MAX_BYTES}, and all media
 * of one message must arrive within {@code warmline.twilio.media-timeout} (ISO-8601, default PT8S: Twilio
 * waits 15 s for the webhook's answer). A file that cannot be fetched comes back as
 * {@link InboundFile#unreachable}.
 */
@ApplicationScoped
public class TwilioMedia {

    private static final Logger LOG = Logger.getLogger(TwilioMedia.class.getName());
    private static final String TWILIO_API_HOST = "api.twilio.com";
    private static final int MAX_REDIRECTS = 3;

    @Inject
    TwilioSettings settings;

    @Inject
    @ConfigProperty(name = "warmline.twilio.media-timeout", defaultValue = "PT8S")
    String timeoutText;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(4))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * @param media the MMS's media, in order
     * @return one file per medium, same order: the bytes (at most {@link InboundFile#MAX_BYTES} + 1) or
     *         unreachable
     */
    public List<InboundFile> fetch(List<InboundMedia> media) {
        Set<String> authHosts = authHosts(settings.apiBaseUrl());
        String user = settings.accountSid() == null ? null : settings.apiUser();
        String password = user == null ? null : settings.apiPassword();
        long deadline = System.nanoTime() + Duration.parse(timeoutText).toNanos();
        List<InboundFile> files = new ArrayList<>(media.size());
        for (InboundMedia m : media) {
            files.add(fetchOne(client, URI.create(m.url()), m.contentType(), authHosts, user, password, deadline));
        }
        return files;
    }

    /**
     * @param apiBaseUrl another base URL of Twilio's API (tests), or null
     * @return the hosts the account's credentials may be sent to, lower case
     */
    static Set<String> authHosts(String apiBaseUrl) {
        if (apiBaseUrl == null) {
            return Set.of(TWILIO_API_HOST);
        }
        String host = URI.create(apiBaseUrl).getHost();
        return host == null ? Set.of(TWILIO_API_HOST) : Set.of(TWILIO_API_HOST, host.toLowerCase(Locale.ROOT));
    }

    /**
     * Fetches one file.
     *
     * @param client    the HTTP client (redirects not followed by itself)
     * @param uri       the media URL
     * @param declared  the type Twilio gave in the webhook, or null
     * @param authHosts the hosts the credentials may go to
     * @param user      the user for HTTP Basic authentication, or null for none
     * @param password  its password
     * @param deadline  {@link System#nanoTime()} by which it must have arrived
     * @return the file (at most {@link InboundFile#MAX_BYTES} + 1 bytes), or unreachable
     */
    static InboundFile fetchOne(HttpClient client, URI uri, String declared, Set<String> authHosts, String user,
                                String password, long deadline) {
        URI at = uri;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(at).timeout(Duration.ofNanos(left)).GET();
                if (user != null && at.getHost() != null && authHosts.contains(at.getHost().toLowerCase(Locale.ROOT))) {
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
                }
                CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request.build(),
                        info -> new Capped(InboundFile.MAX_BYTES + 1));
                HttpResponse<byte[]> response;
                try {
                    response = call.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    call.cancel(true);
                    LOG.warning(() -> "MMS media not fetched in time (" + uri.getHost() + ")");
                    return InboundFile.unreachable(null, declared);
                }
                int status = response.statusCode();
                if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
                    at = at.resolve(response.headers().firstValue("Location").get());
                    continue;
                }
                if (status == 200) {
                    return new InboundFile(null, declared, response.body());
                }
                LOG.warning(() -> "MMS media answered HTTP " + status + " (" + uri.getHost() + ")");
                return InboundFile.unreachable(null, declared);
            }
        } catch (ExecutionException | IllegalArgumentException e) {
            LOG.warning(() -> "MMS media could not be fetched (" + uri.getHost() + "): " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return InboundFile.unreachable(null, declared);
    }

    /** Collects a body up to a number of bytes, then cancels the rest (the sender stops being read). */
    static final class Capped implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int take = Math.min(item.remaining(), limit - bytes.size());
                byte[] chunk = new byte[take];
                item.get(chunk);
                bytes.write(chunk, 0, take);
                if (bytes.size() >= limit) {
                    result.complete(bytes.toByteArray());
                    subscription.cancel();
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
