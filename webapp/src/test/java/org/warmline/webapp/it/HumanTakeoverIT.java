package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When a person takes over, the bot steps back, over real HTTP against the packaged server: a message
 * naming a danger is handed to a person at once with the emergency numbers; once an operator has
 * written, the worker's messages get no bot answer until they ask for the bot (菜单); a conversation
 * an operator is working on stays with them when the worker later names a place another centre serves.
 */
class HumanTakeoverIT {

    private static WarmlineServer server;
    private static Console operator;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        operator = Console.basic(server, "operator", WarmlineServer.DEMO_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), from, body);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static JsonObject await(String maskedPhone, Predicate<JsonObject> condition) throws Exception {
        return Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD).awaitConversation(maskedPhone, condition);
    }

    @Test
    void aDangerMessageGoesToAPersonAtOnceWithTheEmergencyNumbers() throws Exception {
        String twiml = sms("+8613300133001", "我在工地受伤了，老板不管，没钱吃饭");
        assertTrue(twiml.contains("110") && twiml.contains("120"), twiml);
        assertFalse(twiml.contains("哪家公司"), "no questionnaire: " + twiml);
        JsonObject item = await("133****3001", i -> "URGENT".equals(i.getString("priority", ""))
                && "OPEN".equals(i.getString("status", "")));
        assertEquals("URGENT", item.getString("priority"));
    }

    @Test
    void afterAnOperatorWritesTheBotStaysQuietUntilTheWorkerAsksForTheMenu() throws Exception {
        String phone = "+8613300133002";
        String first = sms(phone, "我要回家");
        assertTrue(first.contains("<Message"), "the bot answers before a person takes over: " + first);
        JsonObject item = await("133****3002", i -> true);
        String path = "/api/helpdesk/conversations/" + item.getInt("id");
        operator.ok("POST", path + "/assign", "{\"assignee\":\"me\"}");
        operator.ok("POST", path + "/reply", "{\"body\":\"您好，我是热线的小王，请问您从哪里出发？\"}");

        String quiet = sms(phone, "从东莞出发，两个人");
        assertFalse(quiet.contains("<Message"), "no bot answer once an operator has written: " + quiet);
        JsonObject still = await("133****3002", i -> i.containsKey("assignee"));
        assertEquals("operator", still.getString("assignee"), "stays with the operator who works on it");
        assertEquals("HQ", still.getString("centre"), "not routed away from the operator by the place named");

        String menu = sms(phone, "菜单");
        assertTrue(menu.contains("<Message"), "菜单 gives the conversation back to the bot: " + menu);
    }
}
