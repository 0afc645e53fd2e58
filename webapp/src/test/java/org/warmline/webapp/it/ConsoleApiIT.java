package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The operators' console API on the packaged server, over real HTTP: sign-in (form session and HTTP
 * Basic), role and centre boundaries, CSRF refusal, security headers, urgent ordering, worker text
 * kept as text, and the audit log.
 */
class ConsoleApiIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;
    private static final AtomicInteger SID = new AtomicInteger();

    static WarmlineServer server;
    static Console admin;

    /**
     * Starts this class's server on H2; for a subclass (the same tests on another database, e.g.
     * {@link ConsoleApiPostgresIT}) nothing: JUnit runs this method for it too, before the subclass's own
     * {@code @BeforeAll} starts the server it needs, and a server started here would only be stopped again.
     *
     * @param run the test class being run
     */
    @BeforeAll
    static void startOnH2(TestInfo run) throws Exception {
        if (run.getTestClass().orElseThrow() == ConsoleApiIT.class) {
            startOn(Map.of());
        }
    }

    /** @param env the server's extra environment (a database) */
    static void startOn(Map<String, String> env) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("WARMLINE_HELPDESK_AUTO_ASSIGN", "true");
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-console"), all).start();
        admin = Console.basic(server, "admin", PASSWORD);
        admin.ok("POST", "/api/admin/users", "{\"username\":\"gd-operator\",\"roles\":[\"OPERATOR\"],\"centre\":\"GD\","
                + "\"password\":\"gd-password-123\"}");
        for (String name : new String[] {"ah-op-a", "ah-op-b"}) {
            admin.ok("POST", "/api/admin/users", "{\"username\":\"" + name + "\",\"roles\":[\"OPERATOR\"],\"centre\":\"AH\"}");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SMconsole" + SID.incrementAndGet() + "x".repeat(20), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Waits until a conversation of the worker is in the queue (status all) and satisfies the condition. */
    private static JsonObject await(Console who, String maskedPhone, Predicate<JsonObject> condition) throws Exception {
        return who.awaitConversation(maskedPhone, condition);
    }

    @Test
    void withoutSignInTheApiAnswers401AndTheConsoleRedirectsToTheLoginPage() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> api = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/helpdesk/conversations")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> page = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/console/login"));
        HttpResponse<String> root = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/console/"));
    }

    @Test
    void formLoginStartsASessionAndAWrongPasswordDoesNot() throws Exception {
        assertNull(Console.login(server, "operator", "wrong-password"));
        Console operator = Console.login(server, "operator", PASSWORD);
        assertNotNull(operator);
        JsonObject me = operator.ok("GET", "/api/session", null);
        assertEquals("operator", me.getString("username"));
        assertEquals("HQ", me.getString("centre"));
        assertEquals(1800, me.getInt("sessionTimeout"));
        assertEquals(200, operator.get("/console/").statusCode());
        assertEquals(204, operator.post("/api/session/logout", null).statusCode());
        assertEquals(401, operator.get("/api/session").statusCode());
    }

    @Test
    void sessionChangesWithoutTheCsrfTokenOrFromAnotherOriginAreRefused() throws Exception {
        sms("+8613800001001", "转人工");
        JsonObject item = await(admin, "138****1001", i -> true);
        Console operator = Console.login(server, "operator", PASSWORD);
        String path = "/api/helpdesk/conversations/" + item.getInt("id") + "/priority";
        HttpResponse<String> noToken = operator.send("POST", path, "{\"priority\":\"HIGH\"}", false);
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertTrue(noToken.body().contains("X-CSRF-Token"));
        HttpResponse<String> crossSite = operator.send("POST", path, "{\"priority\":\"HIGH\"}", true, "https://evil.example");
        assertEquals(403, crossSite.statusCode());
        HttpResponse<String> basicCrossSite = admin.send("POST", path, "{\"priority\":\"HIGH\"}", false, "https://evil.example");
        assertEquals(403, basicCrossSite.statusCode());
        assertEquals(200, operator.post(path, "{\"priority\":\"HIGH\"}").statusCode());
        assertEquals(200, admin.send("POST", path, "{\"priority\":\"LOW\"}", false).statusCode(),
                "HTTP Basic API clients need no token");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[] {"/console/login", "/console/assets/console.js", "/api/helpdesk/conversations", "/nowhere"}) {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        String page = plain.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/console/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script");
    }

    @Test
    void onlyAdminsManageUsersAndOnlySupervisorsReadTheAudit() throws Exception {
        Console operator = Console.basic(server, "operator", PASSWORD);
        assertEquals(403, operator.get("/api/admin/users").statusCode());
        assertEquals(403, operator.get("/api/audit").statusCode());
        assertEquals(403, Console.basic(server, "coordinator", PASSWORD).get("/api/audit").statusCode());
        JsonObject created = admin.ok("POST", "/api/admin/users", "{\"username\":\"temp-op\",\"roles\":[\"OPERATOR\"]}");
        String generated = created.getString("password");
        assertTrue(generated.length() >= 16);
        assertNotNull(Console.login(server, "temp-op", generated));
        admin.ok("POST", "/api/admin/users/temp-op/disable", null);
        assertNull(Console.login(server, "temp-op", generated), "a disabled account cannot sign in");
        assertEquals(401, Console.basic(server, "temp-op", generated).get("/api/session").statusCode());
        admin.ok("POST", "/api/admin/users/temp-op/enable", null);
        JsonObject reset = admin.ok("POST", "/api/admin/users/temp-op/password", "{}");
        assertNull(Console.login(server, "temp-op", generated), "the old password no longer works");
        assertNotNull(Console.login(server, "temp-op", reset.getString("password")));
        JsonArray audit = Http.getArray(server, "/api/audit?subjectType=staff-user&subjectId=temp-op");
        assertTrue(audit.size() >= 4, audit.toString());
    }

    @Test
    void dangerWordsMakeAConversationUrgentAndPutItOnTop() throws Exception {
        sms("+8613800002001", "转人工");
        await(admin, "138****2001", i -> true);
        sms("+8613800002002", "转人工 我想找工作");
        sms("+8613800002003", "我在工地受伤了，老板不管");
        JsonObject urgent = await(admin, "138****2003", i -> "URGENT".equals(i.getString("priority")));
        assertEquals("OPEN", urgent.getString("status"));
        assertEquals("受伤", urgent.getString("urgentReason"));
        JsonObject first = admin.ok("GET", "/api/helpdesk/conversations", null).getJsonArray("items").getJsonObject(0);
        assertEquals("URGENT", first.getString("priority"));
        sms("+8613800002004", "I have no money and nowhere to sleep");
        await(admin, "138****2004", i -> "URGENT".equals(i.getString("priority")));
        JsonArray audit = Http.getArray(server, "/api/audit?subjectId=" + urgent.getInt("conversationId"));
        assertTrue(audit.toString().contains("conversation.urgent"), audit.toString());
    }

    @Test
    void workerTextComesBackExactlyAsWrittenNeverAsMarkup() throws Exception {
        String evil = "<img src=x onerror=alert(1)><script>alert('x')</script> 转人工";
        sms("+8613800003001", evil);
        JsonObject item = await(admin, "138****3001", i -> evil.equals(i.getString("preview", "")));
        JsonObject detail = admin.ok("GET", "/api/helpdesk/conversations/" + item.getInt("id"), null);
        assertEquals(evil, detail.getJsonArray("messages").getJsonObject(0).getString("body"));
    }

    @Test
    void staffOfAnotherCentreCannotReadOrChangeAConversationButSupervisorsCan() throws Exception {
        sms("+8613800004001", "转人工 人工客服");
        JsonObject item = await(admin, "138****4001", i -> "HQ".equals(i.getString("centre")));
        Console gd = Console.basic(server, "gd-operator", "gd-password-123");
        String path = "/api/helpdesk/conversations/" + item.getInt("id");
        assertEquals(403, gd.get(path).statusCode());
        assertEquals(403, gd.send("POST", path + "/assign", "{\"assignee\":\"me\"}", false).statusCode());
        assertEquals(403, gd.send("POST", path + "/phone", null, false).statusCode());
        JsonObject list = gd.ok("GET", "/api/helpdesk/conversations?status=all&size=200", null);
        assertFalse(list.toString().contains("\"id\":" + item.getInt("id") + ","), "not in the other centre's queue");
        assertEquals(200, Console.basic(server, "operator", PASSWORD).get(path).statusCode());
        assertEquals(200, admin.get(path).statusCode());
        // the refusals stay on record although the refused calls rolled back
        JsonArray audit = Http.getArray(server, "/api/audit?subjectType=conversation&subjectId=" + item.getInt("conversationId"));
        long denials = audit.stream().map(e -> e.asJsonObject())
                .filter(e -> "conversation.denied".equals(e.getString("action", "")) && "gd-operator".equals(e.getString("actor", "")))
                .count();
        assertTrue(denials >= 3, "one denial per refused call: " + audit);
    }

    @Test
    void aWorkerNamingAPlaceIsRoutedToTheCentreServingIt() throws Exception {
        sms("+8613800005001", "我在广州，想回家");
        JsonObject item = await(admin, "138****5001", i -> "GD".equals(i.getString("centre")));
        assertEquals("RETURNHOME", item.getString("service"));
        assertEquals(200, Console.basic(server, "gd-operator", "gd-password-123")
                .get("/api/helpdesk/conversations/" + item.getInt("id")).statusCode());
    }

    @Test
    void revealingAPhoneAndChangingAConversationAreAudited() throws Exception {
        sms("+8613800006001", "转人工");
        JsonObject item = await(admin, "138****6001", i -> true);
        Console operator = Console.login(server, "operator", PASSWORD);
        String path = "/api/helpdesk/conversations/" + item.getInt("id");
        assertEquals("+8613800006001", operator.ok("POST", path + "/phone", null).getString("phone"));
        assertEquals("operator", operator.ok("POST", path + "/assign", "{\"assignee\":\"me\"}").getString("assignee"));
        operator.ok("POST", path + "/labels", "{\"labels\":[\"欠薪\",\"回访\"]}");
        JsonObject labelled = operator.ok("GET", "/api/helpdesk/conversations?label=%E5%9B%9E%E8%AE%BF&mine=true", null);
        assertEquals(1, labelled.getInt("total"), "filter by label and mine");
        operator.ok("POST", path + "/notes", "{\"body\":\"已电话联系\"}");
        JsonObject reply = operator.ok("POST", path + "/reply", "{\"body\":\"您好，这里是暖心热线\"}");
        assertTrue(reply.getInt("messageId") > 0);
        JsonObject resolved = operator.ok("POST", path + "/status", "{\"status\":\"RESOLVED\"}");
        assertEquals("RESOLVED", resolved.getString("status"));
        assertNotNull(resolved.get("firstResponseSeconds"));
        JsonArray audit = Http.getArray(server, "/api/audit?subjectType=conversation&subjectId=" + item.getInt("conversationId"));
        String text = audit.toString();
        for (String action : new String[] {"phone.reveal", "conversation.assign", "conversation.labels",
                "conversation.note", "conversation.reply", "conversation.status"}) {
            assertTrue(text.contains(action), action + " in " + text);
        }
        assertTrue(text.contains("\"actor\":\"operator\""));
        assertFalse(text.contains("13800006001"), "no full phone in the audit log");
        JsonObject list = admin.ok("GET", "/api/helpdesk/conversations?q=%2B8613800006001&status=all", null);
        assertEquals(1, list.getInt("total"), "search by phone");
        assertEquals("138****6001", list.getJsonArray("items").getJsonObject(0).getString("phone"));
        JsonObject dashboard = admin.ok("GET", "/api/helpdesk/dashboard", null);
        assertEquals(14, dashboard.getJsonArray("days").size());
        assertTrue(dashboard.getJsonNumber("todayNew").longValue() >= 1);
    }

    @Test
    void aConversationShowsTheWorkersFileAcrossTheServiceModules() throws Exception {
        sms("+8613800007001", "腊月二十二从杭州回安徽六安，2个人");
        sms("+8613800007001", "对");
        JsonObject item = await(admin, "138****7001", i -> "AH".equals(i.getString("centre")));
        Instant until = Instant.now().plusSeconds(10);
        JsonArray file;
        do {
            file = admin.ok("GET", "/api/helpdesk/conversations/" + item.getInt("id"), null).getJsonArray("file");
        } while (file.isEmpty() && Instant.now().isBefore(until));
        assertEquals("returnhome", file.getJsonObject(0).getString("service"), file.toString());
        assertTrue(file.getJsonObject(0).getString("summary").contains("2026-") || file.getJsonObject(0).getString("summary").contains("2027-"),
                file.toString());
        assertEquals(403, Console.basic(server, "operator", PASSWORD)
                .get("/api/helpdesk/conversations/" + item.getInt("id")).statusCode(), "HQ staff do not see Anhui's");
    }

    @Test
    void withAutoAssignmentOpenConversationsGoToTheCentresOperatorsInTurn() throws Exception {
        sms("+8613800008001", "转人工 我在安徽合肥");
        sms("+8613800008002", "转人工 我在安徽合肥");
        JsonObject first = await(admin, "138****8001", i -> "AH".equals(i.getString("centre")) && i.containsKey("assignee"));
        JsonObject second = await(admin, "138****8002", i -> "AH".equals(i.getString("centre")) && i.containsKey("assignee"));
        assertEquals(java.util.Set.of("ah-op-a", "ah-op-b"), java.util.Set.of(first.getString("assignee"), second.getString("assignee")));
        JsonArray audit = Http.getArray(server, "/api/audit?subjectType=conversation&subjectId=" + first.getInt("conversationId"));
        assertTrue(audit.toString().contains("conversation.auto-assign"), audit.toString());
    }

    @Test
    void theOpenApiDocumentDescribesTheConsoleCalls() throws Exception {
        String doc = Http.get(server, "/openapi", null, null).body();
        for (String path : new String[] {"/api/helpdesk/conversations/{id}/reply", "/api/admin/users", "/api/audit",
                "/api/helpdesk/events", "/api/session"}) {
            assertTrue(doc.contains(path), path);
        }
    }
}
