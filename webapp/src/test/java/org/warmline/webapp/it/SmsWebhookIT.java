package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged server on embedded H2, driven over HTTP as Twilio and as staff would: signed
 * webhooks in, TwiML out, trip requests and conversations visible in the staff API.
 */
class SmsWebhookIT {

    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static JsonObject requestOf(String maskedPhone) throws Exception {
        List<JsonObject> mine = Http.getArray(server, "/api/returnhome/requests").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> maskedPhone.equals(r.getString("phone")))
                .toList();
        assertEquals(1, mine.size(), "one trip request for " + maskedPhone + ": " + mine);
        return mine.get(0);
    }

    private static long messagesWithSid(String sid) throws Exception {
        JsonArray conversations = Http.getArray(server, "/api/conversations?limit=500");
        return conversations.stream().flatMap(c -> c.asJsonObject().getJsonArray("messages").stream())
                .map(JsonValue::asJsonObject)
                .filter(m -> sid.equals(m.getString("channelMessageId", null)))
                .count();
    }

    @Test
    void chineseOneMessageRequestGetsChineseConfirmationAndIsListed() throws Exception {
        HttpResponse<String> answer = Http.sms(server, sid(), "+8613800130001", "腊月二十二从杭州回安徽六安，2个人");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").contains("xml"));
        assertTrue(answer.body().contains("<Response><Message"), answer.body());
        assertTrue(answer.body().contains("六安") && answer.body().contains("确认"), answer.body());

        JsonObject request = requestOf("138****0001");
        assertEquals("3415", request.getJsonObject("destination").getString("code"));
        assertEquals("六安市", request.getJsonObject("destination").getString("name"));
        assertEquals("3301", request.getJsonObject("origin").getString("code"));
        assertEquals("杭州市", request.getJsonObject("origin").getString("name"));
        assertEquals("2027-01-29", request.getString("travelDate"));
        assertEquals(2, request.getInt("partySize"));
        assertEquals("AWAITING_CONFIRMATION", request.getString("status"));
    }

    @Test
    void englishRequestGetsEnglishReply() throws Exception {
        HttpResponse<String> answer = Http.sms(server, sid(), "+8613800130002",
                "I want to go home to Hengyang, Hunan on Jan 25, just me. I'm in Guangzhou.");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("onfirm") && answer.body().contains("1 person"), answer.body());
        assertFalse(answer.body().contains("请确认"), answer.body());
        JsonObject request = requestOf("138****0002");
        assertEquals("4304", request.getJsonObject("destination").getString("code"));
        assertEquals("4401", request.getJsonObject("origin").getString("code"));
        assertEquals("2027-01-25", request.getString("travelDate"));
        assertEquals(1, request.getInt("partySize"));
    }

    @Test
    void sixTurnDialogEndsInConfirmedRequest() throws Exception {
        String phone = "+8613800130003";
        List<String> replies = new java.util.ArrayList<>();
        for (String text : List.of("我要回家", "重庆万州", "腊月十八", "俩人", "在成都", "对")) {
            HttpResponse<String> answer = Http.sms(server, sid(), phone, text);
            assertEquals(200, answer.statusCode(), answer.body());
            replies.add(answer.body());
        }
        JsonObject request = requestOf("138****0003");
        assertEquals("500101", request.getJsonObject("destination").getString("code"));
        assertEquals("万州区", request.getJsonObject("destination").getString("name"));
        assertEquals("5101", request.getJsonObject("origin").getString("code"));
        assertEquals("2027-01-25", request.getString("travelDate"));
        assertEquals(2, request.getInt("partySize"));
        assertEquals("CONFIRMED", request.getString("status"), String.join("\n", replies));
    }

    /**
     * Twelve workers talk at the same time, each also re-sending their first message at once (as
     * Twilio does on a retry). Messages are stored and processed in shared batches (InboundLanes):
     * every worker still gets their own dialog, in their own order, and each MessageSid is one row.
     */
    @Test
    void twelveSimultaneousDialogsEachEndInTheirOwnConfirmedRequest() throws Exception {
        int workers = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers * 2);
        try {
            List<java.util.concurrent.Future<String>> firstSids = new java.util.ArrayList<>();
            List<java.util.concurrent.Future<?>> duplicates = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            for (int w = 0; w < workers; w++) {
                String phone = String.format("+86138001310%02d", w);
                firstSids.add(pool.submit(() -> {
                    String first = sid();
                    List<String> turns = List.of("我要回家", "重庆万州", "腊月十八", "俩人", "在成都", "对");
                    for (int t = 0; t < turns.size(); t++) {
                        String sid = t == 0 ? first : sid();
                        if (t == 0) {
                            duplicates.add(pool.submit(() -> Http.sms(server, first, phone, turns.get(0))));
                        }
                        HttpResponse<String> answer = Http.sms(server, sid, phone, turns.get(t));
                        assertEquals(200, answer.statusCode(), answer.body());
                    }
                    return first;
                }));
            }
            List<String> sids = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> f : firstSids) {
                sids.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            for (java.util.concurrent.Future<?> d : List.copyOf(duplicates)) {
                d.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
            for (int w = 0; w < workers; w++) {
                JsonObject request = requestOf(String.format("138****10%02d", w));
                assertEquals("500101", request.getJsonObject("destination").getString("code"), request.toString());
                assertEquals("5101", request.getJsonObject("origin").getString("code"), request.toString());
                assertEquals("2027-01-25", request.getString("travelDate"));
                assertEquals(2, request.getInt("partySize"));
                assertEquals("CONFIRMED", request.getString("status"), request.toString());
                assertEquals(1, messagesWithSid(sids.get(w)), "first message of worker " + w + " stored once");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void duplicateMessageSidIsStoredOnceAndGetsTheSameAnswer() throws Exception {
        String sid = sid();
        HttpResponse<String> first = Http.sms(server, sid, "+8613800130004", "腊月二十二从杭州回安徽六安，2个人");
        HttpResponse<String> second = Http.sms(server, sid, "+8613800130004", "腊月二十二从杭州回安徽六安，2个人");
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        assertEquals(1, messagesWithSid(sid));
        requestOf("138****0004");
    }

    @Test
    void wrongSignatureGets403ProblemAndStoresNothing() throws Exception {
        String sid = sid();
        Map<String, String> form = Http.smsForm(sid, "+8613800130005", "腊月二十二从杭州回安徽六安，2个人");
        HttpResponse<String> answer = Http.postWebhook(server, form, Http.sign("not-the-token",
                WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/sms", form));
        assertEquals(403, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, Http.object(answer.body()).getInt("status"));
        assertEquals(0, messagesWithSid(sid));
        assertTrue(server.output().stream().anyMatch(l -> l.contains("Rejected SMS webhook")), "a log line");
    }

    @Test
    void missingSignatureGets403AndStoresNothing() throws Exception {
        String sid = sid();
        HttpResponse<String> answer = Http.postWebhook(server, Http.smsForm(sid, "+8613800130006", "hi"), null);
        assertEquals(403, answer.statusCode());
        assertEquals(0, messagesWithSid(sid));
    }

    @Test
    void signatureIsCheckedAgainstThePublicUrlNotTheServersOwn() throws Exception {
        String sid = sid();
        Map<String, String> form = Http.smsForm(sid, "+8613800130007", "hi");
        String ownUrl = server.baseUrl() + "/webhooks/twilio/sms";
        HttpResponse<String> answer = Http.postWebhook(server, form, Http.sign(WarmlineServer.AUTH_TOKEN, ownUrl, form));
        assertEquals(403, answer.statusCode());
        assertEquals(0, messagesWithSid(sid));
    }

    @Test
    void tamperedBodyBreaksTheSignature() throws Exception {
        Map<String, String> form = Http.smsForm(sid(), "+8613800130008", "腊月二十二从杭州回安徽六安，2个人");
        String signature = Http.sign(WarmlineServer.AUTH_TOKEN, WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/sms", form);
        form.put("Body", "腊月二十二从杭州回安徽六安，9个人");
        assertEquals(403, Http.postWebhook(server, form, signature).statusCode());
    }

    @Test
    void missingMessageSidOrFromGets400Problem() throws Exception {
        Map<String, String> noSid = Http.smsForm("x", "+8613800130009", "hi");
        noSid.remove("MessageSid");
        String url = WarmlineServer.PUBLIC_BASE_URL + "/webhooks/twilio/sms";
        HttpResponse<String> a = Http.postWebhook(server, noSid, Http.sign(WarmlineServer.AUTH_TOKEN, url, noSid));
        assertEquals(400, a.statusCode(), a.body());
        assertEquals("Missing MessageSid", Http.object(a.body()).getString("title"));

        Map<String, String> noFrom = Http.smsForm(sid(), "+8613800130009", "hi");
        noFrom.remove("From");
        HttpResponse<String> b = Http.postWebhook(server, noFrom, Http.sign(WarmlineServer.AUTH_TOKEN, url, noFrom));
        assertEquals(400, b.statusCode(), b.body());
        assertEquals("Missing From", Http.object(b.body()).getString("title"));

        HttpResponse<String> c = Http.sms(server, sid(), "not-a-phone", "hi");
        assertEquals(400, c.statusCode(), c.body());
    }

    @Test
    void emptyBodyGetsTheMenu() throws Exception {
        HttpResponse<String> answer = Http.sms(server, sid(), "+8613800130010", "");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("1") && answer.body().contains("返乡") && answer.body().contains("欠薪"),
                answer.body());
    }

    @Test
    void htmlSqlEmojiAndLongMessagesAreStoredAsWritten() throws Exception {
        String nasty = "<script>alert(1)</script>'; DROP TABLE cv_message; -- 😀🚄";
        String sid = sid();
        assertEquals(200, Http.sms(server, sid, "+8613800130011", nasty).statusCode());
        String longSid = sid();
        assertEquals(200, Http.sms(server, longSid, "+8613800130011", "回家".repeat(1000)).statusCode());
        JsonArray conversations = Http.getArray(server, "/api/conversations?limit=500");
        List<String> bodies = conversations.stream().flatMap(c -> c.asJsonObject().getJsonArray("messages").stream())
                .map(JsonValue::asJsonObject)
                .filter(m -> sid.equals(m.getString("channelMessageId", null)) || longSid.equals(m.getString("channelMessageId", null)))
                .map(m -> m.getString("body")).collect(Collectors.toList());
        assertTrue(bodies.contains(nasty), bodies.toString());
        assertTrue(bodies.contains("回家".repeat(1000)));
    }

    @Test
    void wageAndJobMessagesGetAFollowUpReply() throws Exception {
        HttpResponse<String> wage = Http.sms(server, sid(), "+8613800130012", "老板欠我三个月工资");
        assertEquals(200, wage.statusCode());
        assertFalse(wage.body().contains("回复1 返乡"), wage.body());
        HttpResponse<String> job = Http.sms(server, sid(), "+8613800130013", "想找个电工的活");
        assertEquals(200, job.statusCode());
        assertFalse(job.body().contains("回复1 返乡"), job.body());
    }

    @Test
    void staffApiNeedsAuthenticationAndMasksPhones() throws Exception {
        assertEquals(401, Http.get(server, "/api/returnhome/requests", null, null).statusCode());
        assertEquals(401, Http.get(server, "/api/returnhome/requests", "admin", "wrong").statusCode());
        assertEquals(200, Http.get(server, "/api/returnhome/requests", "coordinator", WarmlineServer.DEMO_PASSWORD).statusCode());
        HttpResponse<String> all = Http.get(server, "/api/conversations", "admin", WarmlineServer.DEMO_PASSWORD);
        assertEquals(200, all.statusCode());
        assertFalse(all.body().contains("13800130"), "full phone numbers never appear in lists");
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> doc = Http.get(server, "/openapi", null, null);
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("/api/returnhome/requests"), doc.body());
        assertTrue(doc.body().contains("/webhooks/twilio/sms"));
    }

    private static java.net.http.HttpResponse<String> raw(String method, String path, String contentType, String body,
                                                          String authorization) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.baseUrl() + path)).method(method,
                body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map() + " " + response.body());
        assertEquals(status, Http.object(response.body()).getInt("status"));
    }

    @Test
    void webhookWithoutAnyFormGets400Problem() throws Exception {
        assertProblem(400, raw("POST", "/webhooks/twilio/sms", null, null, null));
        assertProblem(400, raw("POST", "/webhooks/twilio/sms", "application/x-www-form-urlencoded", "", null));
    }

    @Test
    void malformedBasicAuthenticationGets401ProblemNot500() throws Exception {
        for (String header : List.of("Basic !!!notbase64", "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()),
                "Basic " + java.util.Base64.getEncoder().encodeToString("operator:".getBytes()), "Bearer x")) {
            HttpResponse<String> response = raw("GET", "/api/conversations", null, null, header);
            assertProblem(401, response);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
        assertProblem(401, raw("GET", "/api/conversations", null, null, null));
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameEvenForTheRightOne() throws Exception {
        Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD).ok("POST", "/api/admin/users",
                "{\"username\":\"lock-test\",\"roles\":[\"OPERATOR\"],\"password\":\"right-password-1\"}");
        assertEquals(200, Console.basic(server, "lock-test", "right-password-1").get("/api/session").statusCode());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Console.basic(server, "lock-test", "wrong-" + i).get("/api/session").statusCode());
        }
        HttpResponse<String> locked = Console.basic(server, "lock-test", "right-password-1").get("/api/session");
        assertEquals(401, locked.statusCode(), "locked after five failures");
        assertTrue(locked.body().contains("too many failed sign-ins"), "says it is locked, not wrong: " + locked.body());
        assertEquals(200, Console.basic(server, "operator", WarmlineServer.DEMO_PASSWORD).get("/api/session").statusCode(),
                "other users are not affected");
        assertTrue(Http.getArray(server, "/api/audit?subjectType=staff-user&subjectId=lock-test").toString()
                .contains("staff.locked"), "the lock is on record for supervisors");
    }

    @Test
    void unknownPathsAndBadLimitsGetProblems() throws Exception {
        assertProblem(404, raw("GET", "/no/such/page", null, null, null));
        String admin = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + WarmlineServer.DEMO_PASSWORD).getBytes());
        assertProblem(400, raw("GET", "/api/conversations?limit=abc", null, null, admin));
        assertProblem(400, raw("GET", "/api/returnhome/requests?limit=0", null, null, admin));
        assertProblem(400, raw("GET", "/api/returnhome/requests?status=confirmed", null, null, admin));
    }

    @Test
    void noWadlAndNoUnauthenticatedMetrics() throws Exception {
        assertEquals(404, raw("GET", "/application.wadl", null, null, null).statusCode());
        assertTrue(raw("GET", "/metrics", null, null, null).statusCode() >= 400);
    }

    @Test
    void controlCharactersNeverBreakTheTwiml() throws Exception {
        String phone = "+8613800130014";
        Http.sms(server, sid(), phone, "我要回家");
        HttpResponse<String> answer = Http.sms(server, sid(), phone, "a\u0001b\u0000c\u001b");
        assertEquals(200, answer.statusCode());
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void channelPrefixedSenderAndOversizedBodyGet400() throws Exception {
        assertProblem(400, Http.sms(server, sid(), "whatsapp:+8613800130015", "hi"));
        assertProblem(400, Http.sms(server, sid(), "+8613800130015", "长".repeat(4001)));
    }
}
