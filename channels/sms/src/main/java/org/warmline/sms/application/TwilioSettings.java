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
 */
@ApplicationScoped
public class TwilioSettings {

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

    private String authToken;
    private boolean simulator;

    @PostConstruct
    void init() {
        if (configuredToken.isPresent() && !configuredToken.get().isBlank()) {
            authToken = configuredToken.get().trim();
            simulator = false;
        } else {
            authToken = simulatorToken(Path.of(dataDir).toAbsolutePath().normalize().resolve(SIMULATOR_TOKEN_FILE));
            simulator = true;
        }
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
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** @return where the simulator token is kept */
    public Path simulatorTokenFile() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve(SIMULATOR_TOKEN_FILE);
    }
}
