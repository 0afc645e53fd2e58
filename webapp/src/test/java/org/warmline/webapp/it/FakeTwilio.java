package org.warmline.webapp.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A fake of Twilio's Messages API in the test process (JDK HTTP server), which the packaged server's
 * twilio-java client is pointed at with {@code WARMLINE_TWILIO_API_BASE_URL}. Answers per recipient
 * from a script (HTTP status, Twilio error code, delay), records every POST, and lists what it created
 * (GET) so that the server can ask after a crash. It lives in the test process, so it counts sends
 * across server restarts.
 */
final class FakeTwilio implements AutoCloseable {

    /** One scripted answer: HTTP status, Twilio code (null for success), delay before answering. */
    record Answer(int status, Integer code, long delayMillis) { }

    /** A POST received. */
    record Post(String sid, Map<String, String> form) { }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new HashMap<>();
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final List<Post> created = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private int next = 1;
    private final Map<String, byte[]> media = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> mediaFetches = new CopyOnWriteArrayList<>();

    FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return e.g. http://127.0.0.1:40123 */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * @return a new, changeable environment for a server that sends through this fake: account SID,
     *         sender number and API base URL (WarmlineServer adds the auth token)
     */
    Map<String, String> serverEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("WARMLINE_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000001");
        env.put("WARMLINE_TWILIO_FROM_NUMBER", "+12025550143");
        env.put("WARMLINE_TWILIO_API_BASE_URL", baseUrl());
        return env;
    }

    /** @param to a recipient (E.164) @param answers the next answers for it; then success */
    synchronized void script(String to, Answer... answers) {
        scripts.computeIfAbsent(to, k -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    /**
     * Marks a created message as failed, as Twilio's Message resource shows it once delivery failed
     * (and before Twilio sends the failed status callback).
     *
     * @param sid the message's SID
     */
    void markFailed(String sid) {
        failed.add(sid);
    }

    /** @param to a recipient @return POSTs for it */
    List<Post> postsTo(String to) {
        return posts.stream().filter(p -> to.equals(p.form().get("To"))).toList();
    }

    /**
     * Serves a media file as Twilio's Media resource does for an MMS (the URL a webhook's
     * {@code MediaUrlN} carries), under {@code /2010-04-01/Accounts/AC…/Messages/<sid>/Media/ME…}.
     *
     * @param messageSid the MMS's MessageSid
     * @param bytes      the file
     * @return the media URL
     */
    String serveMedia(String messageSid, byte[] bytes) {
        String path = "/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages/" + messageSid + "/Media/ME"
                + String.format("%032x", media.size() + 1L);
        media.put(path, bytes.clone());
        return baseUrl() + path;
    }

    /** @return the media paths fetched so far, each with its Authorization header ("path auth"), in order */
    List<String> mediaFetches() {
        return List.copyOf(mediaFetches);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] file = media.get(ex.getRequestURI().getPath());
            if (file != null) {
                mediaFetches.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("Authorization"));
                ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
                ex.sendResponseHeaders(200, file.length == 0 ? -1 : file.length);
                if (file.length > 0) {
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(file);
                    }
                }
                return;
            }
            if ("GET".equals(ex.getRequestMethod())) {
                String query = ex.getRequestURI().getRawQuery();
                String to = parse(query == null ? "" : query).get("To");
                StringBuilder items = new StringBuilder();
                for (Post c : created) {
                    if (to == null || to.equals(c.form().get("To"))) {
                        items.append(items.length() == 0 ? "" : ",").append(json(c, failed.contains(c.sid()) ? "failed" : "queued"));
                    }
                }
                send(ex, 200, "{\"messages\": [" + items + "], \"end\": 0, \"first_page_uri\": \"/x\","
                        + " \"next_page_uri\": null, \"page\": 0, \"page_size\": 50, \"previous_page_uri\": null,"
                        + " \"start\": 0, \"uri\": \"/x\"}");
                return;
            }
            Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer answer;
            String sid;
            synchronized (this) {
                Deque<Answer> script = scripts.get(form.get("To"));
                answer = script == null || script.isEmpty() ? new Answer(201, null, 0) : script.poll();
                sid = String.format("SM%032x", 0xfa4e0000L + next++);
            }
            Post post = new Post(sid, form);
            posts.add(post);
            if (answer.status() / 100 == 2) {
                created.add(post);   // created before answering: a crash while we wait still leaves it here
            }
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (answer.status() / 100 == 2) {
                send(ex, 201, json(post, "queued"));
            } else {
                send(ex, answer.status(), "{\"code\": " + answer.code() + ", \"message\": \"scripted\", \"more_info\":"
                        + " \"https://www.twilio.com/docs/errors/" + answer.code() + "\", \"status\": " + answer.status() + "}");
            }
        } catch (IOException e) {
            // the client went away (killed server)
        }
    }

    private static String json(Post p, String status) {
        return "{\"sid\": \"" + p.sid() + "\", \"account_sid\": \"AC00000000000000000000000000000001\", \"to\": \""
                + esc(p.form().get("To")) + "\", \"from\": \"" + esc(p.form().getOrDefault("From", "")) + "\", \"body\": \""
                + esc(p.form().get("Body")) + "\", \"status\": \"" + status + "\", \"date_created\": \""
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))
                + "\", \"direction\": \"outbound-api\", \"api_version\": \"2010-04-01\"}";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
