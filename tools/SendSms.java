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

    public static void main(String[] args) throws Exception {
        String body = null;
        String from = "+8613800138000";
        String base = System.getenv().getOrDefault("WARMLINE_PUBLIC_BASE_URL", "http://localhost:8080");
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        String token = System.getenv("WARMLINE_TWILIO_AUTH_TOKEN");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> from = args[++i];
                case "--url" -> base = args[++i];
                case "--sid" -> sid = args[++i];
                case "--token" -> token = args[++i];
                default -> body = args[i];
            }
        }
        if (body == null) {
            System.err.println("usage: java tools/SendSms.java \"message\" [--from +86...] [--url base] [--sid SM...]");
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
