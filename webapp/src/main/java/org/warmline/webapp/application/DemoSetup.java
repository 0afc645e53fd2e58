package org.warmline.webapp.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser.Role;
import org.warmline.sms.application.TwilioSettings;

/**
 * The default demo set-up, after the migrations: staff accounts admin, operator and coordinator
 * whose password is {@code WARMLINE_DEMO_PASSWORD} or, if unset, a new random one at every start
 * (never a fixed password), and a banner on standard output with the accounts and how to send a
 * test SMS. {@code warmline.demo.enabled=false} turns it off for a real deployment.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoSetup {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    @ConfigProperty(name = "warmline.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "warmline.demo-password")
    Optional<String> demoPassword;

    @Inject
    StaffDirectory staff;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    TwilioSettings twilio;

    @PostConstruct
    void start() {
        StringBuilder banner = new StringBuilder("\n========== Warmline ==========\n");
        if (enabled) {
            boolean generated = demoPassword.isEmpty() || demoPassword.get().isBlank();
            String password = generated ? randomPassword() : demoPassword.get();
            Map<String, Set<Role>> accounts = new LinkedHashMap<>();
            accounts.put("admin", EnumSet.of(Role.ADMIN, Role.SUPERVISOR));
            accounts.put("operator", EnumSet.of(Role.OPERATOR));
            accounts.put("coordinator", EnumSet.of(Role.COORDINATOR));
            String hashed = hash.generate(password.toCharArray());
            accounts.forEach((name, roles) -> staff.createOrResetPassword(name, hashed, roles));
            banner.append("Demo accounts (console ").append(twilio.publicBaseUrl()).append("/console/ , HTTP Basic on /api): admin, operator, coordinator\n")
                    .append("Password: ").append(generated ? password + "   (generated for this run; set WARMLINE_DEMO_PASSWORD to choose one)"
                            : "from WARMLINE_DEMO_PASSWORD").append('\n');
        }
        if (twilio.simulator() && !twilio.twilioTransport()) {
            banner.append("SMS simulator (type as a worker, see replies and delivery): ")
                    .append(twilio.publicBaseUrl()).append("/simulator\n")
                    .append("Web chat for workers: ").append(twilio.publicBaseUrl()).append("/chat\n")
                    .append("SMS: simulator mode (no WARMLINE_TWILIO_AUTH_TOKEN); webhooks are signed with the local token in\n  ")
                    .append(twilio.simulatorTokenFile()).append('\n')
                    .append("Send a signed test SMS (from the directory you started in):\n  java tools/SendSms.java --url ")
                    .append(twilio.publicBaseUrl()).append(" \"腊月二十二从杭州回安徽六安，2个人\"\n");
        } else {
            banner.append("SMS: Twilio webhooks are checked against ").append(twilio.publicBaseUrl()).append('\n');
        }
        banner.append("API: ").append(twilio.publicBaseUrl()).append("/api/returnhome/requests   OpenAPI: /openapi\n")
                .append("==============================");
        System.out.println(banner);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
