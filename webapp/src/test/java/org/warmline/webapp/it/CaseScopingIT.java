package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Help centres scope the legal-aid and jobs lists as they scope the queue and the trip requests (issue
 * "Operator console", item 2): staff of a centre see the consultations whose work site, and the job
 * requests whose place of work, their centre serves; supervisors and admins see all.
 */
class CaseScopingIT {

    private static WarmlineServer server;
    private static Console admin;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        admin = Console.basic(server, "admin", WarmlineServer.DEMO_PASSWORD);
        admin.ok("POST", "/api/admin/users", "{\"username\":\"gd-legal\",\"roles\":[\"LEGAL_AID\"],\"centre\":\"GD\","
                + "\"password\":\"gd-password-123\"}");
        admin.ok("POST", "/api/admin/users", "{\"username\":\"gd-jobs\",\"roles\":[\"JOB_COUNSELOR\"],\"centre\":\"GD\","
                + "\"password\":\"gd-password-123\"}");
        // each intake ends with "就这些" (that's all), which records it
        for (String[] worker : new String[][] {{"+8613700137001", "老板拖欠工资两个月，大概九千块，在东莞"},
                {"+8613700137002", "老板拖欠工资三个月，大概一万块，在杭州"}, {"+8613700137003", "干装修的 想找活 在广州附近"},
                {"+8613700137004", "干装修的 想找活 在杭州附近"}}) {
            sms(worker[0], worker[1]);
            sms(worker[0], "就这些");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), from, body);
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonArray list(Console who, String path) throws Exception {
        HttpResponse<String> r = who.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray();
    }

    @Test
    void legalAidStaffSeeTheConsultationsOfTheirCentresWorkSites() throws Exception {
        JsonArray gd = list(Console.basic(server, "gd-legal", "gd-password-123"), "/api/legalaid/consultations");
        assertTrue(gd.toString().contains("137****7001") && gd.toString().contains("4419"), gd.toString());
        assertFalse(gd.toString().contains("137****7002"), "Hangzhou's case belongs to HQ: " + gd);
        JsonArray all = list(admin, "/api/legalaid/consultations");
        assertTrue(all.toString().contains("137****7001") && all.toString().contains("137****7002"), all.toString());
    }

    @Test
    void jobCounsellorsSeeTheRequestsOfTheirCentresPlacesOfWork() throws Exception {
        JsonArray gd = list(Console.basic(server, "gd-jobs", "gd-password-123"), "/api/jobs/seekers");
        assertTrue(gd.toString().contains("137****7003"), gd.toString());
        assertFalse(gd.toString().contains("137****7004"), "Hangzhou's request belongs to HQ: " + gd);
        JsonArray all = list(admin, "/api/jobs/seekers");
        assertTrue(all.toString().contains("137****7003") && all.toString().contains("137****7004"), all.toString());
    }
}
