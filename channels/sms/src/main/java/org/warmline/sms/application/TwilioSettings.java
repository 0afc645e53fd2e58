package org.warmline.sms.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Twilio settings from MicroProfile Config: {@code warmline.twilio.auth-token} (secret: set it only
 * in the environment as {@code WARMLINE_TWILIO_AUTH_TOKEN}) and {@code warmline.public-base-url},
 * the address Twilio calls, which signatures are computed against (Twilio docs, "Validating
 * requests": the full URL Twilio requested, as Twilio sees it, not as the server sees it behind a
 * proxy). Without a token Warmline runs in simulator mode with a local token generated once and kept
 * in {@code <warmline.data-dir>/twilio-simulator-token}, so local test clients can sign requests.
 *
 * <p>Sending through Twilio's Messages API needs {@code warmline.twilio.account-sid}, a credential —
 * the auth token, or an API key ({@code warmline.twilio.api-key}, SK…) with its secret
 * ({@code WARMLINE_TWILIO_API_SECRET}, environment only) — and a sender: {@code warmline.twilio.from-number}
 * (E.164) or {@code warmline.twilio.messaging-service-sid} (MG…). Without them outgoing messages go to
 * the simulator transport (the /simulator page). {@code warmline.twilio.api-base-url} points
 * twilio-java at another host (a test's fake Twilio REST API); unset, Twilio's own.
 */
@ApplicationScoped
public class TwilioSettings implements org.warmline.sms.api.SmsSetup {

    private static final Logger LOG = Logger.getLogger(TwilioSettings.class.getName());

    /** File name of the simulator's token inside the data directory. */
    public static final String SIMULATOR_TOKEN_FILE = "twilio-simulator-token";

    @Inject
    @ConfigProperty(name = "warmline.twilio.auth-token")
    Optional<String> configuredToken;

    @Inject
    @ConfigProperty(name = "warmline.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "warmline.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "warmline.twilio.account-sid")
    Optional<String> accountSid;

    @Inject
    @ConfigProperty(name = "warmline.twilio.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "warmline.twilio.api-secret")
    Optional<String> apiSecret;

    @Inject
    @ConfigProperty(name = "warmline.twilio.from-number")
    Optional<String> fromNumber;

    @Inject
    @ConfigProperty(name = "warmline.twilio.messaging-service-sid")
    Optional<String> messagingServiceSid;

    @Inject
    @ConfigProperty(name = "warmline.twilio.api-base-url")
    Optional<String> apiBaseUrl;

    private String authToken;
    private boolean simulator;
    private String baseUrl;

    @PostConstruct
    void init() {
        if (present(configuredToken)) {
            authToken = value(configuredToken);
            simulator = false;
        } else {
            authToken = simulatorToken(simulatorTokenFile());
            simulator = true;
        }
        baseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    private static String simulatorToken(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String token = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (token.matches("[0-9a-f]{32}")) {
                    return token;
                }
            }
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            LOG.info(() -> "Generated a local Twilio auth token for the SMS simulator in " + file);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the simulator token in " + file, e);
        }
    }

    /** @return the auth token signatures are checked with (never log it) */
    public String authToken() {
        return authToken;
    }

    /** @return true when no Twilio credentials are configured and the local token is in use */
    public boolean simulator() {
        return simulator;
    }

    /** @return the public base URL without a trailing slash, e.g. https://warmline.example.org */
    public String publicBaseUrl() {
        return baseUrl;
    }

    /**
     * @param messageId our id of an outbound message
     * @return where Twilio reports that message's delivery: the status webhook with {@code ?id=}
     */
    public String statusCallbackUrl(long messageId) {
        return baseUrl + "/webhooks/twilio/status?id=" + messageId;
    }

    /**
     * @return whether outgoing SMS go through Twilio's Messages API: an account SID, a credential (auth
     *         token, or API key and secret) and a sender (number or Messaging Service) are configured
     */
    public boolean twilioTransport() {
        boolean credential = (!simulator) || (present(apiKey) && present(apiSecret));
        return present(accountSid) && credential && (present(fromNumber) || present(messagingServiceSid));
    }

    /** @return the Twilio account SID (AC…), or null */
    public String accountSid() {
        return value(accountSid);
    }

    /** @return the user name for Twilio's REST API: the API key if set, else the account SID */
    public String apiUser() {
        return present(apiKey) ? value(apiKey) : value(accountSid);
    }

    /** @return the password for Twilio's REST API: the API secret if a key is set, else the auth token (never log it) */
    public String apiPassword() {
        return present(apiKey) ? value(apiSecret) : authToken;
    }

    /** @return the sender number (E.164), or null */
    public String fromNumber() {
        return value(fromNumber);
    }

    /** @return the Messaging Service SID (MG…), or null; preferred over the number when both are set */
    public String messagingServiceSid() {
        return value(messagingServiceSid);
    }

    /** @return another base URL for Twilio's REST API (tests), or null for Twilio's own */
    public String apiBaseUrl() {
        return value(apiBaseUrl);
    }

    private static boolean present(Optional<String> v) {
        return v.isPresent() && !v.get().isBlank();
    }

    private static String value(Optional<String> v) {
        return present(v) ? v.get().trim() : null;
    }

    /** @return where the simulator token is kept */
    public Path simulatorTokenFile() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve(SIMULATOR_TOKEN_FILE);
    }
}
