package org.warmline.webapp.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.core.application.StaffDirectory;
import org.warmline.core.domain.staff.StaffUser.Role;
import org.warmline.sms.api.SmsSetup;

/**
 * The default demo set-up, after the migrations: one staff account for every role — admin, operator,
 * coordinator, legal-aid, job-counsellor, supervisor (head office, HQ) — and an operator in each regional
 * demo centre (operator-ah in Anhui, operator-gd in Guangdong), so no demo centre is left without staff
 * on duty (issue 10); their password is {@code WARMLINE_DEMO_PASSWORD} or, if unset, a new random one at
 * every start (never a fixed password). A banner on standard output lists the accounts with role and
 * centre, and how to send a test SMS. {@code warmline.demo.enabled=false} turns it off for a real
 * deployment.
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
    org.warmline.core.application.HelpCentres centres;

    /**
     * A demo account.
     *
     * @param name   user name
     * @param roles  roles
     * @param centre help centre code
     * @param zh     what it is for, in Chinese (banner)
     * @param en     what it is for, in English (banner)
     */
    record Demo(String name, Set<Role> roles, String centre, String zh, String en) { }

    /** @return the demo accounts, first the three that existed before issue 10 (tests and docs use them) */
    static java.util.List<Demo> accounts() {
        return java.util.List.of(
                new Demo("admin", EnumSet.of(Role.ADMIN, Role.SUPERVISOR), "HQ", "管理员", "admin"),
                new Demo("operator", EnumSet.of(Role.OPERATOR), "HQ", "接线员", "operator"),
                new Demo("coordinator", EnumSet.of(Role.COORDINATOR), "HQ", "返乡调度员", "transport coordinator"),
                new Demo("operator-ah", EnumSet.of(Role.OPERATOR), "AH", "接线员", "operator"),
                new Demo("operator-gd", EnumSet.of(Role.OPERATOR), "GD", "接线员", "operator"),
                new Demo("legal-aid", EnumSet.of(Role.LEGAL_AID), "HQ", "法律援助", "legal-aid staff"),
                new Demo("job-counsellor", EnumSet.of(Role.JOB_COUNSELOR), "HQ", "就业指导", "job counsellor"),
                new Demo("supervisor", EnumSet.of(Role.SUPERVISOR), "HQ", "主管", "supervisor"));
    }

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    SmsSetup twilio;

    @PostConstruct
    void start() {
        StringBuilder banner = new StringBuilder("\n========== Warmline ==========\n");
        if (enabled) {
            boolean generated = demoPassword.isEmpty() || demoPassword.get().isBlank();
            String password = generated ? randomPassword() : demoPassword.get();
            String hashed = hash.generate(password.toCharArray());
            banner.append("Demo accounts (console ").append(twilio.publicBaseUrl())
                    .append("/console/ , HTTP Basic on /api), one password for all:\n");
            for (Demo demo : accounts()) {
                if (centres.byCode(demo.centre()).isEmpty()) {
                    continue; // a deployment that removed the demo centre
                }
                boolean isNew = staff.byUsername(demo.name()).isEmpty();
                staff.createOrResetPassword(demo.name(), hashed, demo.roles());
                if (isNew) {
                    staff.moveToCentre(demo.name(), demo.centre());
                }
                String centre = centres.byCode(demo.centre()).map(c -> c.nameZh() + " / " + c.nameEn()).orElse(demo.centre());
                banner.append(String.format("  %-15s %s / %s, %s%n", demo.name(),
                        demo.zh(), demo.en(), centre));
            }
            banner.append("Password: ").append(generated ? password + "   (generated for this run; set WARMLINE_DEMO_PASSWORD to choose one)"
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
