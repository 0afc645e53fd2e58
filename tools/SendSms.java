import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends one correctly signed Twilio inbound-SMS webhook to a running Warmline, as Twilio would, and
 * prints the TwiML answer. JDK only, run as a source file:
 *
 * <pre>java tools/SendSms.java "腊月二十二从杭州回安徽六安，2个人" [--from +8613800138000] [--url http://localhost:8080]
 *     [--sid SM...] [--token TOKEN]</pre>
 *
 * The token is --token, else WARMLINE_TWILIO_AUTH_TOKEN, else the simulator's token file in
 * WARMLINE_DATA_DIR (default ./data). The signature follows Twilio's "Validating requests":
 * Base64(HMAC-SHA1(token, URL + each POST field name and value, sorted by name)).
 */
public class SendSms {

    /** What {@code --help} prints; also printed (to stderr) when the message is missing. */
    static final String USAGE = String.join("\n",
            "usage: java tools/SendSms.java \"message\" [--from +86...] [--url base] [--sid SM...] [--token TOKEN]",
            "",
            "Sends one signed Twilio inbound-SMS webhook to a running Warmline and prints the TwiML answer.",
            "  message        the SMS text (quote it)",
            "  --from PHONE   the sender, E.164 (default +8613800138000)",
            "  --url BASE     the server's public base URL (default WARMLINE_PUBLIC_BASE_URL or http://localhost:8080)",
            "  --sid SID      the MessageSid (default a new random one; repeat one to test duplicates)",
            "  --token TOKEN  the auth token to sign with (default WARMLINE_TWILIO_AUTH_TOKEN, else the simulator's",
            "                 token file WARMLINE_DATA_DIR/twilio-simulator-token, WARMLINE_DATA_DIR default ./data)",
            "  -h, --help     print this help and exit");

    /**
     * @param args the message and options, see {@link #USAGE}; {@code --help} or {@code -h} prints the
     *             usage and exits 0, a missing message or option value exits 2
     * @throws Exception if the request cannot be sent
     */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
        }
        String body = null;
        String from = "+8613800138000";
        String base = System.getenv().getOrDefault("WARMLINE_PUBLIC_BASE_URL", "http://localhost:8080");
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        String token = System.getenv("WARMLINE_TWILIO_AUTH_TOKEN");
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 >= args.length) {
                System.err.println(args[i] + " needs a value\n" + USAGE);
                System.exit(2);
            }
            switch (args[i]) {
                case "--from" -> from = args[++i];
                case "--url" -> base = args[++i];
                case "--sid" -> sid = args[++i];
                case "--token" -> token = args[++i];
                default -> body = args[i];
            }
        }
        if (body == null) {
            System.err.println(USAGE);
            System.exit(2);
        }
        if (token == null || token.isBlank()) {
            Path file = Path.of(System.getenv().getOrDefault("WARMLINE_DATA_DIR", "./data"), "twilio-simulator-token");
            if (!Files.isRegularFile(file)) {
                System.err.println("No token: " + file.toAbsolutePath().normalize() + " does not exist. Run this from the directory"
                        + " Warmline was started in (or set WARMLINE_DATA_DIR), or pass --token.");
                System.exit(2);
            }
            token = Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String url = base.replaceAll("/$", "") + "/webhooks/twilio/sms";
        Map<String, String> form = new TreeMap<>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", "AC00000000000000000000000000000000");
        form.put("From", from);
        form.put("To", "+15005550006");
        form.put("Body", body);
        form.put("NumMedia", "0");
        StringBuilder signed = new StringBuilder(url);
        form.forEach((k, v) -> signed.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("Cannot reach " + url + " (" + e + "). Is Warmline running? Use --url for another address.");
            System.exit(1);
            return;
        }
        System.out.println("MessageSid " + sid + " -> HTTP " + response.statusCode());
        System.out.println(response.body());
    }
}
