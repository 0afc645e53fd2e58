package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation at the resource (issue 11, point 4, finished): request bodies of the operators' console and of
 * the returnhome staff API are validated form classes; a missing or malformed field answers 400 problem+json
 * with code {@code invalid-input} naming every field, a value a rule refuses 422 {@code validation.fields}, and
 * the OpenAPI document still answers 200 with the forms in it (Payara's OpenAPI processor fails on constraints
 * of record components).
 */
class LayersFinishIT {

    private static WarmlineServer server;
    private static Console admin;

    /** On the default shared server (stopped by {@code SharedServers} when the run ends: no {@code @AfterAll}). */
    @BeforeAll
    static void onTheSharedServer() throws Exception {
        server = WarmlineServer.shared();
        admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
    }

    /** Checks a 400 invalid-input problem naming exactly {@code fields}. @return the problem */
    private static JsonObject invalidInput(HttpResponse<?> r, Set<String> fields) {
        JsonObject p = Http.problem(r, 400);
        assertEquals("invalid-input", p.getString("code"), p.toString());
        assertEquals(fields, p.getJsonObject("errors").keySet(), p.toString());
        assertTrue(fields.contains(p.getString("field")), p.toString());
        return p;
    }

    private static long handedOff(String phone, String masked) throws Exception {
        HttpResponse<String> r = Http.sms(server, ReturnHomeApi.sid(), phone, "转人工");
        assertEquals(200, r.statusCode(), r.body());
        return admin.awaitConversation(masked, i -> "OPEN".equals(i.getString("status"))).getJsonNumber("id").longValue();
    }

    @Test
    void theOpenApiDocumentAnswers200AndDescribesTheValidatedForms() throws Exception {
        HttpResponse<String> doc = Http.get(server, "/openapi", null, null);
        assertEquals(200, doc.statusCode(), doc.body());
        for (String form : new String[] {"EscalationBody:", "StatusBody:", "TripInput:", "ChangeInput:", "AssignInput:"}) {
            assertTrue(doc.body().contains(form), form + " is described: " + doc.body());
        }
        String change = doc.body().substring(doc.body().indexOf("ChangeInput:"));
        String partySize = change.substring(change.indexOf("partySize:"), change.indexOf("travelDate:"));
        assertTrue(partySize.contains("minimum: 1") && partySize.contains("maximum: 60"),
                "the document states the constraints: " + partySize);
    }

    @Test
    void aConversationBodyWithAFieldMissingOrMalformedAnswers400NamingTheField() throws Exception {
        long id = handedOff("+8613800289317", "138****9317");
        String path = "/api/helpdesk/conversations/" + id;
        assertEquals("status is required", invalidInput(admin.post(path + "/status", "{}"), Set.of("status"))
                .getJsonObject("errors").getString("status"));
        invalidInput(admin.post(path + "/priority", "{\"priority\":\"SOON\"}"), Set.of("priority"));
        invalidInput(admin.post(path + "/centre", "{\"centre\":\"  \"}"), Set.of("centre"));
        invalidInput(admin.post(path + "/links", "{\"service\":\"JOBS\"}"), Set.of("requestId"));
        invalidInput(admin.post(path + "/links", "{}"), Set.of("service", "requestId"));
        invalidInput(admin.post(path + "/escalations", "{\"service\":\"HOTEL\",\"fields\":{}}"), Set.of("service"));
        invalidInput(admin.post(path + "/status", "null"), Set.of("body"));

        JsonObject after = admin.ok("GET", path, null).getJsonObject("ticket");
        assertEquals("OPEN", after.getString("status"), "a refused body changes nothing");
        assertEquals("NORMAL", after.getString("priority"), "a refused body changes nothing");
    }

    @Test
    void aTripBodyWithFieldsMissingAnswers400NamingEachField() throws Exception {
        JsonObject noType = invalidInput(ReturnHomeApi.call(server, "coordinator", "POST", "/api/returnhome/trips",
                "{\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"]}"),
                Set.of("vehicleType", "departure"));
        assertEquals("departure is required", noType.getJsonObject("errors").getString("departure"));
        invalidInput(ReturnHomeApi.call(server, "coordinator", "POST", "/api/returnhome/trips",
                "{\"vehicleType\":\"BICYCLE\",\"departure\":\"2027-01-29T08:00\"}"), Set.of("vehicleType"));

        long trip = ReturnHomeApi.ok(server, "POST", "/api/returnhome/trips", "{\"vehicleType\":\"COACH_45\","
                + "\"originCode\":\"3301\",\"pickupPoint\":\"杭州汽车东站\",\"stops\":[\"3415\"],"
                + "\"departure\":\"2027-01-29T08:00\"}").getJsonNumber("id").longValue();
        String path = "/api/returnhome/trips/" + trip;
        invalidInput(ReturnHomeApi.call(server, "coordinator", "POST", path + "/requests", "{\"requestIds\":[]}"),
                Set.of("requestIds"));
        invalidInput(ReturnHomeApi.call(server, "coordinator", "POST", path + "/requests/1/move", "{}"),
                Set.of("toTripId"));
        invalidInput(ReturnHomeApi.call(server, "coordinator", "POST", path + "/manifest/1/check-in", "{}"),
                Set.of("boarded"));
        assertEquals(0, ReturnHomeApi.ok(server, "GET", path, null).getInt("parties"), "a refused body changes nothing");
    }

    @Test
    void refusedValuesOfAChangeAnswer422NamingEveryField() throws Exception {
        long request = ReturnHomeApi.confirmedRequest(server, "+8613800289318", "138****9318", "腊月二十二从杭州回安徽六安，2个人");
        JsonObject p = Http.problem(ReturnHomeApi.call(server, "coordinator", "POST",
                "/api/returnhome/requests/" + request + "/change",
                "{\"partySize\":61,\"travelDate\":\"29/01/2027\",\"reason\":\"工友来电\"}"), 422);
        assertEquals("validation.fields", p.getString("code"), p.toString());
        assertEquals(Set.of("partySize", "travelDate"), p.getJsonObject("errors").keySet(), p.toString());
        assertEquals("party size must be 1..60", p.getJsonObject("errors").getString("partySize"));
        assertEquals("partySize", p.getString("field"));
    }
}
