package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversation engine's examples (issue "Conversation engine for all three services") over SMS
 * against the packaged server: each ends as a record in the right module, visible in its staff
 * API, and a request for a person puts the conversation with its transcript in the operators' queue.
 */
class DialogExamplesIT {

    private static WarmlineServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> sms(String phone, String text) throws Exception {
        HttpResponse<String> answer = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), phone, text);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }

    private static JsonObject only(String path, String maskedPhone) throws Exception {
        List<JsonObject> mine = Http.getArray(server, path).stream().map(JsonValue::asJsonObject)
                .filter(o -> maskedPhone.equals(o.getString("phone", null))).toList();
        assertEquals(1, mine.size(), path + " for " + maskedPhone + ": " + mine);
        return mine.get(0);
    }

    @Test
    void threeOfUsGoBackToWorkInShenzhenAfterTheFestival() throws Exception {
        sms("+8613900140001", "我们仨想正月初六回深圳上班，老家在湖南衡阳");
        JsonObject request = only("/api/returnhome/requests", "139****0001");
        assertEquals("4403", request.getJsonObject("destination").getString("code"));
        assertEquals("4304", request.getJsonObject("origin").getString("code"));
        assertEquals("2027-02-11", request.getString("travelDate"));
        assertEquals(3, request.getInt("partySize"));
    }

    @Test
    void twoTicketsHomeToWanzhouFromChengdu() throws Exception {
        sms("+8613900140002", "能帮我买两张1月25号回重庆万州的票吗，我在成都");
        sms("+8613900140002", "对");
        JsonObject request = only("/api/returnhome/requests", "139****0002");
        assertEquals("500101", request.getJsonObject("destination").getString("code"));
        assertEquals("5101", request.getJsonObject("origin").getString("code"));
        assertEquals("2027-01-25", request.getString("travelDate"));
        assertEquals(2, request.getInt("partySize"));
        assertEquals("CONFIRMED", request.getString("status"));
    }

    @Test
    void wageArrearsInDongguanBecomesAConsultationWithAmountAndMonths() throws Exception {
        String phone = "+8613900140003";
        sms(phone, "老板拖欠工资两个月，大概九千块，在东莞");
        sms(phone, "就这些");
        JsonObject consultation = only("/api/legalaid/consultations", "139****0003");
        assertEquals("WAGE_ARREARS", consultation.getString("topic"));
        assertEquals(900000, consultation.getJsonNumber("amountFen").longValue());
        assertEquals(2, consultation.getInt("monthsUnpaid"));
        assertEquals("4419", consultation.getString("siteCode"));
    }

    @Test
    void learningToWeldIsATrainingRequest() throws Exception {
        String phone = "+8613900140004";
        sms(phone, "想学电焊");
        sms(phone, "就这些");
        JsonObject seeker = only("/api/jobs/seekers", "139****0004");
        assertEquals("TRAINING", seeker.getString("want"));
        assertEquals("WELDER", seeker.getString("trade"));
    }

    @Test
    void renovationWorkNearGuangzhouIsAJobRequest() throws Exception {
        String phone = "+8613900140005";
        sms(phone, "干装修的 想找活 在广州附近");
        sms(phone, "就这些");
        JsonObject seeker = only("/api/jobs/seekers", "139****0005");
        assertEquals("JOB", seeker.getString("want"));
        assertEquals("RENOVATION", seeker.getString("trade"));
        assertEquals("4401", seeker.getString("locationCode"));
    }

    @Test
    void askingForAPersonPutsTheConversationWithItsTranscriptInTheQueue() throws Exception {
        String phone = "+8613900140006";
        sms(phone, "我要回家");
        HttpResponse<String> answer = sms(phone, "转人工");
        assertTrue(answer.body().contains("<Message"), answer.body());
        JsonArray queue = Http.getArray(server, "/api/helpdesk/queue");
        List<JsonObject> mine = queue.stream().map(JsonValue::asJsonObject)
                .filter(q -> "139****0006".equals(q.getString("phone"))).toList();
        assertEquals(1, mine.size(), queue.toString());
        List<String> bodies = mine.get(0).getJsonArray("transcript").stream()
                .map(l -> l.asJsonObject().getString("body")).toList();
        assertTrue(bodies.contains("我要回家") && bodies.contains("转人工"), bodies.toString());
        assertEquals(4, bodies.size(), "both messages and both replies: " + bodies);
    }

    @Test
    void stopOptsTheWorkerOutWithAConfirmation() throws Exception {
        HttpResponse<String> answer = sms("+8613900140007", "退订");
        assertTrue(answer.body().contains("<Message"), answer.body());
        assertTrue(!answer.body().contains("回复1 返乡"), "an opt-out is not answered with the menu: " + answer.body());
    }
}
