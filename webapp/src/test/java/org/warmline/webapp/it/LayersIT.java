package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Persistence and HTTP in their layers (issue 11, point 4), on one packaged server: refusals carry a stable
 * rule code in their problem+json body (a trip rule, a wrong field of a change with the field named, a refused
 * change, another centre's conversation, a role, an unknown id, a form field), and the operators' queue — now a
 * Criteria query in the helpdesk's repository — still filters by status, priority, label, search, centre and
 * assignee.
 */
class LayersIT {

    private static final String PASSWORD = WarmlineServer.DEMO_PASSWORD;
    private static final AtomicInteger SID = new AtomicInteger();

    private static WarmlineServer server;
    private static Console admin;

    @BeforeAll
    static void start() throws Exception {
        // the evening before the 腊月二十二 (2027-01-29) coaches leave
        server = WarmlineServer.shared(Map.of("WARMLINE_CLOCK_FIXED", "2027-01-28T22:00:00+08:00"));
        admin = Console.basic(server, "admin", PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SMlayers" + SID.incrementAndGet() + "x".repeat(24), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    /** @return the problem body, after checking the status and the problem+json media type */
    private static JsonObject problem(HttpResponse<?> r, int status) {
        String body = r.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(r.body());
        assertEquals(status, r.statusCode(), body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        return Http.object(body);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String trip(String vehicle, String departure) {
        return "{\"vehicleType\":\"" + vehicle + "\",\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\","
                + "\"stops\":[\"3415\"],\"departure\":\"" + departure + "\",\"carrier\":\"浙运\",\"driverContact\":\"王师傅\"}";
    }

    @Test
    void aBrokenTripRuleIsRefusedWithTheRulesCode() throws Exception {
        long party = ReturnHomeApi.confirmedRequest(server, "+8613800270001", "138****0001", "腊月二十二从杭州回安徽六安，20个人");
        long minibus = id(ReturnHomeApi.ok(server, "POST", "/api/returnhome/trips", trip("MINIBUS_19", "2027-01-29T07:30")));
        JsonObject full = problem(ReturnHomeApi.call(server, "coordinator", "POST",
                "/api/returnhome/trips/" + minibus + "/requests", "{\"requestIds\":[" + party + "]}"), 409);
        assertEquals("trip.seats-exceeded", full.getString("code"));
        assertEquals("Trip rule broken", full.getString("title"));
        assertTrue(full.getString("detail").contains("capacity 19"), full.toString());

        long later = id(ReturnHomeApi.ok(server, "POST", "/api/returnhome/trips", trip("COACH_45", "2027-02-05T07:30")));
        JsonObject window = problem(ReturnHomeApi.call(server, "coordinator", "POST",
                "/api/returnhome/trips/" + later + "/requests", "{\"requestIds\":[" + party + "]}"), 409);
        assertEquals("trip.outside-window", window.getString("code"));
    }

    @Test
    void aWrongFieldOfAChangeIsNamedWithTheValidationCode() throws Exception {
        long request = ReturnHomeApi.confirmedRequest(server, "+8613800270002", "138****0002", "腊月二十二从杭州回安徽六安，2个人");
        String change = "/api/returnhome/requests/" + request + "/change";
        JsonObject party = problem(ReturnHomeApi.call(server, "coordinator", "POST", change,
                "{\"partySize\":0,\"reason\":\"工友来电\"}"), 422);
        assertEquals("validation.fields", party.getString("code"));
        assertEquals("partySize", party.getString("field"));
        assertEquals("party size must be 1..60", party.getJsonObject("errors").getString("partySize"));

        JsonObject date = problem(ReturnHomeApi.call(server, "coordinator", "POST", change,
                "{\"travelDate\":\"29/01/2027\",\"reason\":\"工友来电\"}"), 422);
        assertEquals("travelDate", date.getString("field"));
        assertEquals("validation.fields", date.getString("code"));

        JsonObject reason = problem(ReturnHomeApi.call(server, "coordinator", "POST",
                "/api/returnhome/requests/" + request + "/cancel", "{\"tellWorker\":false}"), 422);
        assertEquals("reason", reason.getString("field"));
        assertEquals("validation.fields", reason.getString("code"));
        // nothing changed
        assertTrue(Http.getArray(server, "/api/returnhome/requests?status=CONFIRMED").stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == request
                        && r.asJsonObject().getInt("partySize") == 2), "a refused change changes nothing");
    }

    @Test
    void aRefusedChangeOfATripRequestCarriesItsCode() throws Exception {
        long request = ReturnHomeApi.confirmedRequest(server, "+8613800270003", "138****0003", "腊月二十二从杭州回安徽六安，2个人");
        JsonObject same = problem(ReturnHomeApi.call(server, "coordinator", "POST",
                "/api/returnhome/requests/" + request + "/change", "{\"partySize\":2,\"reason\":\"工友来电\"}"), 422);
        assertEquals("trip-change.same-value", same.getString("code"));
        assertEquals("SAME_VALUE", same.getString("reason"), "the older member stays for pages that read it");
    }

    @Test
    void anotherCentresConversationAnUnknownOneAndAMissingRoleAreRefusedWithCodes() throws Exception {
        sms("+8613800270011", "我在广州，转人工");
        JsonObject guangdong = admin.awaitConversation("138****0011", i -> "GD".equals(i.getString("centre")));
        Console operatorAh = Console.basic(server, "operator-ah", PASSWORD);
        JsonObject outside = problem(operatorAh.get("/api/helpdesk/conversations/" + id(guangdong)), 403);
        assertEquals("centre.outside", outside.getString("code"));
        assertEquals("centre.outside", problem(operatorAh.post("/api/helpdesk/conversations/" + id(guangdong)
                + "/notes", "{\"body\":\"看看\"}"), 403).getString("code"));

        assertEquals("conversation.not-found",
                problem(admin.get("/api/helpdesk/conversations/987654"), 404).getString("code"));

        Console coordinator = Console.basic(server, "coordinator", PASSWORD);
        assertEquals("role.forbidden", problem(coordinator.get("/api/helpdesk/queue"), 403).getString("code"));

        sms("+8613800270012", "转人工");
        JsonObject hq = admin.awaitConversation("138****0012", i -> "OPEN".equals(i.getString("status")));
        JsonObject role = problem(coordinator.post("/api/helpdesk/conversations/" + id(hq) + "/escalations",
                "{\"service\":\"LEGALAID\",\"fields\":{\"topic\":\"WAGE_ARREARS\"}}"), 403);
        assertEquals("role.forbidden", role.getString("code"));

        JsonObject snooze = problem(admin.post("/api/helpdesk/conversations/" + id(hq) + "/snooze",
                "{\"for\":\"P365D\"}"), 422);
        assertEquals("validation.fields", snooze.getString("code"));
        assertEquals("for", snooze.getString("field"));
        assertTrue(snooze.getJsonObject("errors").containsKey("for"), snooze.toString());

        assertEquals("request.invalid", problem(admin.get("/api/helpdesk/conversations?page=-1"), 400).getString("code"));
    }

    /** The queue's page as the admin sees it, with every item checked against the filter. */
    private static List<JsonObject> queue(String query, Predicate<JsonObject> every) throws Exception {
        JsonObject page = admin.ok("GET", "/api/helpdesk/conversations?size=200&" + query, null);
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(items.size(), page.getInt("total"), query + ": " + page);
        for (JsonObject item : items) {
            assertTrue(every.test(item), query + " let through " + item);
        }
        return items;
    }

    private static Set<String> phones(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("phone", "")).collect(Collectors.toSet());
    }

    @Test
    void theQueueStillFiltersByStatusPriorityLabelSearchCentreAndAssignee() throws Exception {
        sms("+8613800271001", "转人工");
        sms("+8613800271002", "我受伤了，转人工");
        sms("+8613800271003", "我在广州，转人工");
        sms("+8613800271004", "转人工，我的蓝色安全帽丢了");
        JsonObject pending = admin.awaitConversation("138****1001", i -> "OPEN".equals(i.getString("status")));
        admin.awaitConversation("138****1002", i -> "URGENT".equals(i.getString("priority")));
        admin.awaitConversation("138****1003", i -> "GD".equals(i.getString("centre")) && "OPEN".equals(i.getString("status")));
        JsonObject mine = admin.awaitConversation("138****1004", i -> "OPEN".equals(i.getString("status")));
        String path = "/api/helpdesk/conversations/" + id(pending);
        admin.ok("POST", path + "/labels", "{\"labels\":[\"回访\",\"欠薪\"]}");
        admin.ok("POST", path + "/status", "{\"status\":\"PENDING\"}");
        admin.ok("POST", "/api/helpdesk/conversations/" + id(mine) + "/assign", "{\"assignee\":\"me\"}");

        Set<String> ours = Set.of("138****1001", "138****1002", "138****1003", "138****1004");
        Set<String> active = phones(queue("", i -> Set.of("OPEN", "PENDING", "SNOOZED").contains(i.getString("status"))));
        assertTrue(active.containsAll(ours), active.toString());

        Set<String> byStatus = phones(queue("status=PENDING", i -> "PENDING".equals(i.getString("status"))));
        assertEquals(Set.of("138****1001"), intersect(byStatus, ours));

        List<JsonObject> urgent = queue("priority=URGENT", i -> "URGENT".equals(i.getString("priority")));
        assertEquals(Set.of("138****1002"), intersect(phones(urgent), ours));

        String label = URLEncoder.encode("回访", StandardCharsets.UTF_8);
        Set<String> labelled = phones(queue("label=" + label, i -> i.getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().anyMatch(s -> "回访".equals(s.getString()))));
        assertEquals(Set.of("138****1001"), intersect(labelled, ours));
        assertTrue(queue("label=" + URLEncoder.encode("回", StandardCharsets.UTF_8), i -> true).stream()
                .noneMatch(i -> "138****1001".equals(i.getString("phone", ""))), "a label matches whole, not a part");

        String words = URLEncoder.encode("蓝色安全帽", StandardCharsets.UTF_8);
        assertEquals(Set.of("138****1004"), phones(queue("q=" + words, i -> true)));
        assertEquals(Set.of("138****1002"), intersect(phones(queue("q=1002", i -> true)), ours), "the phone's last four digits");

        Set<String> guangdong = phones(queue("centre=GD", i -> "GD".equals(i.getString("centre"))));
        assertEquals(Set.of("138****1003"), intersect(guangdong, ours));

        assertEquals(Set.of("138****1004"), intersect(phones(queue("mine=true", i -> "admin".equals(i.getString("assignee", "")))), ours));
        Set<String> unassigned = phones(queue("unassigned=true", i -> !i.containsKey("assignee")
                || i.isNull("assignee")));
        assertFalse(unassigned.contains("138****1004"), unassigned.toString());

        // urgent first, then longest waiting
        List<JsonObject> all = queue("status=all", i -> true);
        assertEquals("URGENT", all.get(0).getString("priority"), all.toString());

        Set<String> anhui = phones(Console.basic(server, "operator-ah", PASSWORD)
                .ok("GET", "/api/helpdesk/conversations?centre=GD&status=all&size=200", null)
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().peek(i -> assertEquals("AH",
                        i.getString("centre"), "staff of one centre see only theirs, whatever centre they ask for"))
                .toList());
        assertTrue(intersect(anhui, ours).isEmpty(), anhui.toString());
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).collect(Collectors.toSet());
    }
}
