package org.warmline.sms.infrastructure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local stand-in for Twilio's Messages API (POST and GET {@code /2010-04-01/Accounts/{sid}/Messages.json})
 * on a JDK HTTP server: answers from a script (status, Twilio error code, delay), records every request
 * and the messages it "created".
 */
final class FakeTwilioApi implements AutoCloseable {

    /** One scripted answer. */
    record Answer(int status, Integer code, long delayMillis, String retryAfter) {
        static Answer ok() {
            return new Answer(201, null, 0, null);
        }

        static Answer error(int status, int code) {
            return new Answer(status, code, 0, null);
        }
    }

    /** A message the fake created. */
    record Created(String sid, Map<String, String> form) { }

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Map<String, String>> posts = new CopyOnWriteArrayList<>();
    private final List<Created> created = new CopyOnWriteArrayList<>();
    private int next = 1;

    FakeTwilioApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return base URL, e.g. http://127.0.0.1:40123 */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @param answers answers to the next POSTs, in order; afterwards every POST succeeds */
    synchronized void script(Answer... answers) {
        script.addAll(List.of(answers));
    }

    /** @return the form of every POST received, in order */
    List<Map<String, String>> posts() {
        return new ArrayList<>(posts);
    }

    /** @return messages created */
    List<Created> created() {
        return new ArrayList<>(created);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if ("GET".equals(ex.getRequestMethod())) {
                list(ex);
                return;
            }
            Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            posts.add(form);
            Answer answer;
            String sid;
            synchronized (this) {
                answer = script.isEmpty() ? Answer.ok() : script.poll();
                sid = String.format("SM%032x", next++);
            }
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (answer.status() / 100 == 2) {
                created.add(new Created(sid, form));
                send(ex, 201, message(sid, form), null);
            } else {
                String body = "{\"code\": " + answer.code() + ", \"message\": \"scripted error\", \"more_info\":"
                        + " \"https://www.twilio.com/docs/errors/" + answer.code() + "\", \"status\": " + answer.status() + "}";
                send(ex, answer.status(), body, answer.retryAfter());
            }
        }
    }

    private void list(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        Map<String, String> q = parse(query == null ? "" : query);
        StringBuilder items = new StringBuilder();
        for (Created c : created) {
            if (q.containsKey("To") && !q.get("To").equals(c.form().get("To"))) {
                continue;
            }
            items.append(items.length() == 0 ? "" : ",").append(message(c.sid(), c.form()));
        }
        send(ex, 200, "{\"messages\": [" + items + "], \"end\": 0, \"first_page_uri\": \"/x\", \"next_page_uri\": null,"
                + " \"page\": 0, \"page_size\": 50, \"previous_page_uri\": null, \"start\": 0, \"uri\": \"/x\"}", null);
    }

    private static String message(String sid, Map<String, String> form) {
        return "{\"sid\": \"" + sid + "\", \"account_sid\": \"AC00000000000000000000000000000001\", \"to\": \""
                + json(form.get("To")) + "\", \"from\": \"" + json(form.getOrDefault("From", "")) + "\", \"body\": \""
                + json(form.get("Body")) + "\", \"status\": \"queued\", \"num_segments\": \"1\","
                + " \"date_created\": \"" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)) + "\", \"direction\": \"outbound-api\","
                + " \"api_version\": \"2010-04-01\", \"uri\": \"/2010-04-01/Accounts/AC/Messages/" + sid + ".json\"}";
    }

    private static String json(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static void send(HttpExchange ex, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", retryAfter);
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(k, v);
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
