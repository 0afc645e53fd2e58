package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "nobody unseen", on the packaged server over HTTP: a conversation routed to a help centre
 * with no staff on duty climbs at once to the parent centre and on to HQ, with the reason in the queue
 * API and the audit log; an urgent conversation nobody picks up within its centre's urgent pick-up time
 * climbs (the centre's time set to 2 seconds through the admin API; the pick-up job runs every second,
 * {@code WARMLINE_HELPDESK_COVERAGE_CHECK=PT1S}; the server's clock starts at the fixed test time and runs
 * on, so waits are real seconds), while one an operator took stays; the dashboard's cover per centre and
 * the admins' warnings; the queue search by the last four digits of a phone; bot and operator messages
 * told apart in the transcript; admins changing a user's roles and centre and managing help centres, with
 * 422 per field; every demo role in the start banner; the favicon.
 */
class CentreCoverageIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;
    private static final AtomicInteger SID = new AtomicInteger();

    private static WarmlineServer server;
    private static Console admin;

    @BeforeAll
    static void start() throws Exception {
        server = new WarmlineServer(Files.createTempDirectory("warmline-it-coverage"),
                Map.of("WARMLINE_HELPDESK_COVERAGE_CHECK", "PT1S")).start();
        admin = Console.basic(server, "admin", PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SMcover" + SID.incrementAndGet() + "x".repeat(24), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static void duty(String user, boolean onDuty) throws Exception {
        JsonObject me = Console.basic(server, user, PASSWORD).ok("POST", "/api/session/duty", "{\"onDuty\":" + onDuty + "}");
        assertEquals(onDuty, me.getBoolean("onDuty"));
    }

    private static JsonObject centreJson(String code, String zh, String en, String regions, String parent,
                                         Integer urgent, Integer normal) {
        return Http.object("{\"code\":\"" + code + "\",\"nameZh\":\"" + zh + "\",\"nameEn\":\"" + en + "\",\"regions\":["
                + regions + "],\"parent\":" + (parent == null ? "null" : "\"" + parent + "\"")
                + ",\"urgentPickupSeconds\":" + urgent + ",\"normalPickupSeconds\":" + normal + "}");
    }

    private static List<String> path(JsonObject item) {
        return item.getJsonObject("climb").getJsonArray("path").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static boolean climbed(JsonObject item) {
        return !absent(item, "climb");
    }

    /** @return whether the member is null or left out (JSON-B leaves out null members) */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    @Test
    void aConversationRoutedToACentreWithNobodyOnDutyClimbsToTheParentAndOnToHqWithTheReasonInTheQueue() throws Exception {
        admin.ok("POST", "/api/admin/centres", centreJson("FJ", "福建帮扶中心", "Fujian help centre", "\"35\"", "GD", null, null).toString());
        duty("operator-gd", false);
        try {
            sms("+8613700001001", "转人工 我在福建福州");
            JsonObject item = admin.awaitConversation("137****1001", i -> "HQ".equals(i.getString("centre")) && climbed(i));
            assertEquals("NO_STAFF_ON_DUTY", item.getJsonObject("climb").getString("reason"));
            assertEquals(List.of("FJ", "GD", "HQ"), path(item), "routed to Fujian, through Guangdong (nobody on duty) to HQ");
            assertEquals("OPEN", item.getString("status"));
            // HQ's operator sees it in the queue, with why it is there
            JsonObject hq = Console.basic(server, "operator", PASSWORD).ok("GET", "/api/helpdesk/conversations?q=1001", null);
            assertEquals(1, hq.getInt("total"), hq.toString());
            assertEquals("NO_STAFF_ON_DUTY", hq.getJsonArray("items").getJsonObject(0).getJsonObject("climb").getString("reason"));
            JsonArray audit = Http.getArray(server, "/api/audit?subjectType=conversation&subjectId=" + item.getInt("conversationId"));
            List<String> moves = audit.getValuesAs(JsonObject.class).stream()
                    .filter(a -> "conversation.climb".equals(a.getString("action"))).map(a -> a.getString("detail")).toList();
            assertEquals(2, moves.size(), audit.toString());
            assertTrue(moves.contains("FJ -> GD: no staff on duty") && moves.contains("GD -> HQ: no staff on duty"), moves.toString());
        } finally {
            duty("operator-gd", true);
        }
        // with Guangdong's operator back on duty, the next conversation stays there
        sms("+8613700001002", "转人工 我在广东广州");
        JsonObject stays = admin.awaitConversation("137****1002", i -> "OPEN".equals(i.getString("status")));
        assertEquals("GD", stays.getString("centre"));
        assertFalse(climbed(stays), stays.toString());
    }

    @Test
    void anUrgentConversationNobodyPicksUpClimbsAfterTheCentresUrgentTimeAndOneBeingWorkedOnStays() throws Exception {
        admin.ok("PUT", "/api/admin/centres/AH", centreJson("AH", "安徽帮扶中心", "Anhui help centre", "\"34\"", "HQ", 2, null).toString());
        try {
            sms("+8613700002001", "我在安徽合肥，腿受伤了");
            sms("+8613700002002", "我在安徽合肥，手受伤了");
            sms("+8613700002003", "转人工 我在安徽合肥");
            Console operatorAh = Console.basic(server, "operator-ah", PASSWORD);
            JsonObject taken = operatorAh.awaitConversation("137****2002", i -> "URGENT".equals(i.getString("priority")));
            operatorAh.ok("POST", "/api/helpdesk/conversations/" + taken.getInt("id") + "/assign", "{\"assignee\":\"me\"}");

            JsonObject climbedUp = admin.awaitConversation("137****2001", i -> "HQ".equals(i.getString("centre")) && climbed(i));
            assertEquals("URGENT", climbedUp.getString("priority"));
            assertEquals("URGENT_NOT_PICKED_UP", climbedUp.getJsonObject("climb").getString("reason"));
            assertEquals(2, climbedUp.getJsonObject("climb").getInt("limitSeconds"));
            assertEquals(List.of("AH", "HQ"), path(climbedUp));
            assertTrue(climbedUp.getJsonNumber("waitingSeconds").longValue() >= 2, climbedUp.toString());

            Thread.sleep(4000); // two more pick-up times and several runs of the job
            JsonObject stillTaken = admin.awaitConversation("137****2002", i -> true);
            assertEquals("AH", stillTaken.getString("centre"), "never moved away from the operator working on it");
            assertEquals("operator-ah", stillTaken.getString("assignee"));
            JsonObject normal = admin.awaitConversation("137****2003", i -> true);
            assertEquals("AH", normal.getString("centre"), "a normal conversation has the default 30 minutes");
            assertFalse(climbed(normal));
            JsonArray audit = Http.getArray(server, "/api/audit?subjectType=conversation&subjectId=" + climbedUp.getInt("conversationId"));
            assertTrue(audit.toString().contains("AH -> HQ: not picked up within 2 s"), audit.toString());
        } finally {
            admin.ok("PUT", "/api/admin/centres/AH", centreJson("AH", "安徽帮扶中心", "Anhui help centre", "\"34\"", "HQ", null, null).toString());
        }
    }

    @Test
    void theDashboardShowsCoverPerCentreAndWarnsAdminsAndSupervisorsOfCentresWithNobody() throws Exception {
        admin.ok("POST", "/api/admin/centres", centreJson("ZJ", "浙江帮扶中心", "Zhejiang help centre", "\"33\"", "HQ", null, null).toString());
        sms("+8613700003001", "转人工 我在广东深圳");
        admin.awaitConversation("137****3001", i -> "GD".equals(i.getString("centre")) && "OPEN".equals(i.getString("status")));
        duty("operator-ah", false);
        try {
            JsonObject dash = admin.ok("GET", "/api/helpdesk/dashboard", null);
            Map<String, JsonObject> byCode = dash.getJsonArray("centres").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(c -> c.getString("code"), c -> c));
            JsonObject zj = byCode.get("ZJ");
            assertEquals(0, zj.getInt("operators"));
            assertEquals("NO_STAFF", zj.getString("warning"));
            JsonObject ah = byCode.get("AH");
            assertEquals(1, ah.getInt("operators"), "the demo's Anhui operator");
            assertEquals(0, ah.getInt("onDuty"));
            assertEquals("NONE_ON_DUTY", ah.getString("warning"));
            JsonObject gd = byCode.get("GD");
            assertTrue(gd.getInt("onDuty") >= 1, "the demo's Guangdong operator");
            assertTrue(gd.getInt("waiting") >= 1, gd.toString());
            assertTrue(gd.getJsonNumber("longestWaitSeconds").longValue() >= 0, gd.toString());
            assertTrue(absent(gd, "warning"), gd.toString());
            assertTrue(byCode.get("HQ").getInt("onDuty") >= 1, "the demo's HQ operator");
            Set<String> warned = dash.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getString("code")).collect(Collectors.toSet());
            assertTrue(warned.containsAll(Set.of("ZJ", "AH")), warned.toString());
            assertFalse(warned.contains("GD") || warned.contains("HQ"), warned.toString());

            JsonObject supervisor = Console.basic(server, "supervisor", PASSWORD).ok("GET", "/api/helpdesk/dashboard", null);
            assertTrue(supervisor.getJsonArray("warnings").toString().contains("\"ZJ\""), "supervisors see the warnings too");
            JsonObject operator = Console.basic(server, "operator-gd", PASSWORD).ok("GET", "/api/helpdesk/dashboard", null);
            assertEquals(1, operator.getJsonArray("centres").size(), "an operator sees their own centre");
            assertEquals("GD", operator.getJsonArray("centres").getJsonObject(0).getString("code"));
            assertTrue(operator.getJsonArray("warnings").isEmpty());
        } finally {
            duty("operator-ah", true);
        }
        JsonObject after = admin.ok("GET", "/api/helpdesk/dashboard", null);
        assertFalse(after.getJsonArray("warnings").toString().contains("\"AH\""), "covered again");
    }

    @Test
    void anOperatorFindsAConversationByTheLastFourDigitsOfThePhone() throws Exception {
        sms("+8613912344321", "转人工 我要回家");
        sms("+8613912349876", "转人工 我要回家");
        admin.awaitConversation("139****4321", i -> true);
        admin.awaitConversation("139****9876", i -> true);
        JsonObject found = Console.basic(server, "operator", PASSWORD).ok("GET", "/api/helpdesk/conversations?q=4321", null);
        assertEquals(1, found.getInt("total"), found.toString());
        assertEquals("139****4321", found.getJsonArray("items").getJsonObject(0).getString("phone"));
    }

    @Test
    void theTranscriptTellsTheBotsAnswersFromAnOperatorsMessage() throws Exception {
        sms("+8613700005001", "转人工 我要回家");
        JsonObject item = admin.awaitConversation("137****5001", i -> "OPEN".equals(i.getString("status")));
        Console operator = Console.basic(server, "operator", PASSWORD);
        operator.ok("POST", "/api/helpdesk/conversations/" + item.getInt("id") + "/reply", "{\"body\":\"您好，我是热线的小王\"}");
        JsonArray messages = operator.ok("GET", "/api/helpdesk/conversations/" + item.getInt("id"), null).getJsonArray("messages");
        List<JsonObject> all = messages.getValuesAs(JsonObject.class);
        JsonObject fromWorker = all.stream().filter(m -> "INBOUND".equals(m.getString("direction"))).findFirst().orElseThrow();
        assertEquals("WORKER", fromWorker.getString("sender"));
        JsonObject bot = all.stream().filter(m -> "BOT".equals(m.getString("sender"))).findFirst().orElseThrow(
                () -> new AssertionError("no bot answer in " + messages));
        assertEquals("OUTBOUND", bot.getString("direction"));
        assertTrue(absent(bot, "author"));
        JsonObject mine = all.stream().filter(m -> m.getString("body").equals("您好，我是热线的小王")).findFirst().orElseThrow();
        assertEquals("OPERATOR", mine.getString("sender"));
        assertEquals("operator", mine.getString("author"));
    }

    @Test
    void adminsChangeAUsersRolesAndCentreAndWrongFieldsAnswer422PerField() throws Exception {
        admin.ok("POST", "/api/admin/users", "{\"username\":\"cover-user\",\"roles\":[\"OPERATOR\"],\"centre\":\"HQ\"}");
        JsonObject changed = admin.ok("PUT", "/api/admin/users/cover-user", "{\"roles\":[\"OPERATOR\",\"LEGAL_AID\"],\"centre\":\"GD\"}");
        assertEquals("GD", changed.getString("centre"));
        assertEquals(Set.of("OPERATOR", "LEGAL_AID"), Set.copyOf(changed.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList()));
        JsonObject listed = Http.getArray(server, "/api/admin/users").getValuesAs(JsonObject.class).stream()
                .filter(u -> "cover-user".equals(u.getString("username"))).findFirst().orElseThrow();
        assertEquals("GD", listed.getString("centre"));
        assertEquals(2, listed.getJsonArray("roles").size());

        assertFields(admin.send("PUT", "/api/admin/users/cover-user", "{\"roles\":[],\"centre\":\"XX\"}", false), "roles", "centre");
        assertFields(admin.send("PUT", "/api/admin/users/cover-user", "{\"roles\":[\"PILOT\"],\"centre\":\"HQ\"}", false), "roles");
        assertFields(admin.send("PUT", "/api/admin/users/admin", "{\"roles\":[\"SUPERVISOR\"],\"centre\":\"HQ\"}", false), "roles");
        assertEquals(404, admin.send("PUT", "/api/admin/users/nobody-here", "{\"roles\":[\"OPERATOR\"],\"centre\":\"HQ\"}", false).statusCode());
        assertEquals(403, Console.basic(server, "operator", PASSWORD)
                .send("PUT", "/api/admin/users/cover-user", "{\"roles\":[\"ADMIN\"],\"centre\":\"HQ\"}", false).statusCode());
        JsonObject unchanged = Http.getArray(server, "/api/admin/users").getValuesAs(JsonObject.class).stream()
                .filter(u -> "cover-user".equals(u.getString("username"))).findFirst().orElseThrow();
        assertEquals("GD", unchanged.getString("centre"), "a refused change changes nothing");
        assertTrue(Http.getArray(server, "/api/audit?subjectType=staff-user&subjectId=cover-user").toString().contains("staff.change"));
    }

    @Test
    void adminsAddAndChangeHelpCentresAndWrongFieldsAnswer422PerField() throws Exception {
        JsonObject created = admin.ok("POST", "/api/admin/centres",
                centreJson("JX", "江西帮扶中心", "Jiangxi help centre", "\"36\",\"3601\"", "HQ", 120, 900).toString());
        assertEquals("HQ", created.getString("parent"));
        JsonObject changed = admin.ok("PUT", "/api/admin/centres/JX",
                centreJson("JX", "江西省帮扶中心", "Jiangxi province help centre", "\"36\"", "GD", 60, null).toString());
        assertEquals("江西省帮扶中心", changed.getString("nameZh"));
        String centres = Console.basic(server, "operator", PASSWORD).get("/api/helpdesk/centres").body();
        JsonObject jx = jakarta.json.Json.createReader(new java.io.StringReader(centres)).readArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> "JX".equals(c.getString("code"))).findFirst().orElseThrow();
        assertEquals("GD", jx.getString("parent"));
        assertEquals(60, jx.getInt("urgentPickupEffectiveSeconds"));
        assertEquals(1800, jx.getInt("normalPickupEffectiveSeconds"), "the default 30 minutes");

        assertFields(admin.send("POST", "/api/admin/centres",
                "{\"code\":\"bad code\",\"nameZh\":\"\",\"nameEn\":\"x\",\"regions\":[\"3x\"],\"parent\":\"NOPE\","
                        + "\"urgentPickupSeconds\":0,\"normalPickupSeconds\":100000}", false),
                "code", "nameZh", "regions", "parent", "urgentPickupSeconds", "normalPickupSeconds");
        assertFields(admin.send("POST", "/api/admin/centres",
                centreJson("JX", "重复", "Duplicate", "\"36\"", null, null, null).toString(), false), "code");
        assertFields(admin.send("POST", "/api/admin/centres",
                centreJson("XJ", "新疆", "Xinjiang", "\"*\"", null, null, null).toString(), false), "regions");
        assertFields(admin.send("PUT", "/api/admin/centres/HQ",
                centreJson("HQ", "总部热线", "Head office hotline", "\"*\"", "JX", null, null).toString(), false), "parent");
        assertFields(admin.send("POST", "/api/admin/centres",
                centreJson("SC", "四川", "Sichuan", "", null, null, null).toString(), false), "regions");
        assertEquals(404, admin.send("PUT", "/api/admin/centres/NOPE",
                centreJson("NOPE", "无", "None", "\"51\"", null, null, null).toString(), false).statusCode());
        assertEquals(403, Console.basic(server, "supervisor", PASSWORD).send("POST", "/api/admin/centres",
                centreJson("SC", "四川", "Sichuan", "\"51\"", null, null, null).toString(), false).statusCode());
    }

    private static void assertFields(HttpResponse<String> r, String... fields) {
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject errors = Http.object(r.body()).getJsonObject("errors");
        assertNotNull(errors, r.body());
        assertEquals(Set.of(fields), errors.keySet(), r.body());
    }

    @Test
    void theStartBannerListsADemoAccountForEveryRoleAndEachSignsIn() throws Exception {
        String banner = String.join("\n", server.output());
        Map<String, String> roleOf = Map.of("admin", "ADMIN", "operator", "OPERATOR", "coordinator", "COORDINATOR",
                "operator-ah", "OPERATOR", "operator-gd", "OPERATOR", "legal-aid", "LEGAL_AID",
                "job-counsellor", "JOB_COUNSELOR", "supervisor", "SUPERVISOR");
        for (Map.Entry<String, String> account : roleOf.entrySet()) {
            assertTrue(banner.lines().anyMatch(l -> l.trim().startsWith(account.getKey() + " ")),
                    account.getKey() + " in the banner:\n" + banner);
            JsonObject me = Console.basic(server, account.getKey(), PASSWORD).ok("GET", "/api/session", null);
            assertTrue(me.getJsonArray("roles").toString().contains(account.getValue()), me.toString());
        }
        assertTrue(banner.contains("法律援助 / legal-aid staff"), banner);
        assertTrue(banner.contains("就业指导 / job counsellor"), banner);
        assertTrue(banner.contains("主管 / supervisor"), banner);
        assertEquals("AH", Console.basic(server, "operator-ah", PASSWORD).ok("GET", "/api/session", null).getString("centre"));
        assertEquals("GD", Console.basic(server, "operator-gd", PASSWORD).ok("GET", "/api/session", null).getString("centre"));
        assertTrue(Console.basic(server, "operator", PASSWORD).ok("GET", "/api/session", null).getBoolean("onDuty"));
    }

    @Test
    void theConsoleChatAndSimulatorPagesHaveAFavicon() throws Exception {
        HttpResponse<String> icon = Http.get(server, "/console/assets/favicon.svg", null, null);
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(icon.body().contains("<svg"));
        for (String page : new String[] {"/console/login", "/chat", "/simulator"}) {
            assertTrue(Http.get(server, page, null, null).body().contains("rel=\"icon\" type=\"image/svg+xml\" href=\"/console/assets/favicon.svg\""), page);
        }
    }
}
