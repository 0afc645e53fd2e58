package org.warmline.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.SmsSegmentCount;

/**
 * The worker's side of legal aid (issue 12, point 6) on the shared packaged server, over the signed Twilio
 * SMS webhook: a conversation in which the bot asks only what is missing ends in a wage case with the
 * fields filled; a second message about the same employer joins that case; "我的案子怎么样了" and "case
 * status" are answered in the worker's language (work sites in Hangzhou, which the demo legal-aid user's centre
 * covers); a step staff record over {@code /api/legalaid/cases}
 * sends the worker an SMS in their language (read from the SMS outbox). The server's clock starts at
 * 2026-12-01 09:00 Asia/Shanghai.
 */
class LegalIntakeIT {

    private static final Pattern MESSAGE = Pattern.compile("<Body>(.*?)</Body>", Pattern.DOTALL);
    private static final String NAME_CHARS = "鑫淼焱垚犇骉磊森";

    private static WarmlineServer server;
    private static Console legal;

    @BeforeAll
    static void start() throws Exception {
        server = WarmlineServer.shared();
        legal = Console.basic(server, "legal-aid", WarmlineServer.DEMO_PASSWORD);
    }

    /** @return a unique mobile number of this class (+86 135 1280 xxxx) */
    private static String uniquePhone() {
        return "+861351280" + ThreadLocalRandom.current().nextInt(1000, 10_000);
    }

    /**
     * @return a unique company name the bot reads as the employer, e.g. 顺淼鑫焱犇磊劳务有限公司: rare characters that
     *         spell no place (Chinese numerals would: 二七 is a district of Zhengzhou, and the message became a trip)
     */
    private static String uniqueCompany() {
        StringBuilder name = new StringBuilder("顺");
        for (int i = 0; i < 5; i++) {
            name.append(NAME_CHARS.charAt(ThreadLocalRandom.current().nextInt(NAME_CHARS.length())));
        }
        return name.append("劳务有限公司").toString();
    }

    private static String masked(String phone) {
        return phone.substring(3, 6) + "****" + phone.substring(phone.length() - 4);
    }

    /** Texts the bot; @return its reply (the TwiML message text, unescaped) */
    private static String sms(String from, String body) throws Exception {
        HttpResponse<String> r = Http.sms(server, "SM" + UUID.randomUUID().toString().replace("-", ""), from, body);
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = MESSAGE.matcher(r.body());
        assertTrue(m.find(), "a reply: " + r.body());
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** Waits until the worker's consultations number {@code count}; @return them, newest first. */
    private static List<JsonObject> consultations(String phone, int count) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        List<JsonObject> mine = List.of();
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> r = legal.get("/api/legalaid/consultations?limit=1000");
            assertEquals(200, r.statusCode(), r.body());
            mine = Json.createReader(new StringReader(r.body())).readArray().stream().map(JsonValue::asJsonObject)
                    .filter(c -> masked(phone).equals(c.getString("phone", ""))).toList();
            if (mine.size() >= count) {
                return mine;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + count + " consultations of " + masked(phone) + ", saw " + mine);
    }

    private static long caseIdOf(JsonObject consultation) {
        assertFalse(consultation.isNull("caseId"), consultation.toString());
        return consultation.getJsonNumber("caseId").longValue();
    }

    /**
     * Answers the bot's questions as a worker would until it records the intake, checking that no question
     * is asked twice, that there are few, and that each reply fits in two SMS segments.
     *
     * @return the questions asked
     */
    private static List<String> answerUntilRecorded(String phone, String first, List<String[]> answers)
            throws Exception {
        List<String> asked = new ArrayList<>();
        String reply = sms(phone, first);
        for (int turn = 0; turn < 8 && !reply.contains("联系您") && !reply.contains("will contact you"); turn++) {
            assertTrue(SmsSegmentCount.of(reply).segments() <= 2, "at most two segments: " + reply);
            assertFalse(asked.contains(reply), "asked twice: " + reply);
            asked.add(reply);
            String answer = null;
            for (String[] a : answers) {
                if (reply.contains(a[0])) {
                    answer = a[1];
                    break;
                }
            }
            assertTrue(answer != null, "an unexpected question: " + reply);
            reply = sms(phone, answer);
        }
        assertTrue(reply.contains("联系您") || reply.contains("will contact you"), "recorded: " + reply);
        assertTrue(asked.size() <= 6, "a few questions at most: " + asked);
        return asked;
    }

    /** A worker texts a short wage claim against {@code company} and ends it; @return the case the bot opened */
    private static long shortClaim(String phone, String company) throws Exception {
        sms(phone, company + "拖欠工资两个月，九千块，在杭州");
        sms(phone, "就这些");
        return caseIdOf(consultations(phone, 1).get(0));
    }

    private static JsonObject caseOf(long id) throws Exception {
        return legal.ok("GET", "/api/legalaid/cases/" + id, null);
    }

    private static Set<String> evidenceHeld(JsonObject c) {
        return c.getJsonArray("evidence").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getBoolean("held", false)).map(e -> e.getString("kind")).collect(Collectors.toSet());
    }

    /**
     * Records a step as legal-aid staff and waits until the worker's notice containing {@code fragment} has
     * left the outbox queue (so the next step's notice is not merged into it, as queued notices are).
     *
     * @return the notice as sent
     */
    private static String stepNotice(long caseId, String json, String phone, String fragment) throws Exception {
        legal.ok("POST", "/api/legalaid/cases/" + caseId + "/steps", json);
        Instant until = Instant.now().plusSeconds(30);
        List<JsonObject> found = List.of();
        while (Instant.now().isBefore(until)) {
            found = Outbox.list(server, phone).stream().map(JsonValue::asJsonObject)
                    .filter(m -> "NOTICE".equals(m.getString("kind", null))).toList();
            for (JsonObject m : found) {
                String status = m.getString("status");
                if (m.getString("body").contains(fragment) && !"QUEUED".equals(status) && !"SENDING".equals(status)) {
                    return m.getString("body");
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no notice with \"" + fragment + "\" sent to " + masked(phone) + ": " + found);
    }

    /** @return the bodies of the worker's notices (outbox kind NOTICE), newest first */
    private static List<String> notices(String phone) throws Exception {
        return Outbox.list(server, phone).stream().map(JsonValue::asJsonObject)
                .filter(m -> "NOTICE".equals(m.getString("kind", null))).map(m -> m.getString("body")).toList();
    }

    @Test
    void aWorkersConversationEndsInAWageCaseWithTheFieldsFilled() throws Exception {
        String phone = uniquePhone();
        String company = uniqueCompany();
        List<String> asked = answerUntilRecorded(phone,
                company + "拖欠我工资，我在杭州万达广场工地干木工，从3月干到10月，11月20号就不干了，总包是中建八局",
                List.<String[]>of(new String[] {"多少钱", "两万三千五"}, new String[] {"几个月", "4个月"},
                        new String[] {"证据", "有欠条和工资条，工友可以作证"}, new String[] {"工友", "还有3个"}));
        assertFalse(asked.stream().anyMatch(q -> q.contains("哪个城市") || q.contains("还在那干")),
                "the site and the end of the job were given: " + asked);

        JsonObject c = caseOf(caseIdOf(consultations(phone, 1).get(0)));
        assertEquals("WAGE_ARREARS", c.getString("topic"));
        assertEquals(company, c.getString("employerAsNamed"));
        assertEquals("万达广场", c.getString("projectName"));
        assertEquals("3301", c.getString("siteCode"));
        assertEquals("木工", c.getString("trade"));
        assertEquals("2026-03-01", c.getString("workedFrom"));
        assertEquals("2026-10-31", c.getString("workedTo"));
        assertTrue(c.getBoolean("employmentEnded"));
        assertEquals("2026-11-20", c.getString("endedOn"));
        assertEquals(2_350_000L, c.getJsonNumber("amountOwedFen").longValue());
        assertEquals(4, c.getInt("monthsUnpaid"));
        assertEquals(Set.of("IOU", "PAY_SLIPS", "CO_WORKER_STATEMENTS"), evidenceHeld(c));
        assertTrue(c.getJsonArray("chain").stream().map(JsonValue::asJsonObject).anyMatch(p ->
                "GENERAL_CONTRACTOR".equals(p.getString("role")) && "中建八局".equals(p.getString("name"))), c.toString());
        assertEquals(masked(phone), c.getString("phone"));
    }

    @Test
    void aWorkerWithNothingInHandIsRecordedWithTheEmployerHoldingThePayLedgerAndAnAbscondedForeman() throws Exception {
        String phone = uniquePhone();
        String company = uniqueCompany();
        answerUntilRecorded(phone, "包工头老王跑了，" + company + "欠我工资八千，在杭州",
                List.<String[]>of(new String[] {"哪个工地", "不知道"}, new String[] {"还在那干", "两个月，已经不干了"},
                        new String[] {"证据", "没有"}, new String[] {"工友", "没有"}, new String[] {"多少钱", "不知道"}));
        JsonObject c = caseOf(caseIdOf(consultations(phone, 1).get(0)));
        assertTrue(c.getBoolean("absconded"), c.toString());
        assertTrue(c.getBoolean("urgent"), c.toString());
        assertTrue(c.getBoolean("employmentEnded"), c.toString());
        assertEquals(2, c.getInt("monthsUnpaid"), c.toString());
        assertEquals(Set.of("EMPLOYER_HOLDS_LEDGER"), evidenceHeld(c));
        assertTrue(c.getJsonArray("chain").stream().map(JsonValue::asJsonObject).anyMatch(p ->
                "FOREMAN".equals(p.getString("role")) && "老王".equals(p.getString("name"))), c.toString());
    }

    @Test
    void aSecondMessageAboutTheSameEmployerJoinsTheSameCase() throws Exception {
        String phone = uniquePhone();
        String company = uniqueCompany();
        long first = shortClaim(phone, company);
        sms(phone, company + "的工资还是没给，老板联系不上了");
        sms(phone, "就这些");
        List<JsonObject> both = consultations(phone, 2);
        assertEquals(first, caseIdOf(both.get(0)), both.toString());
        assertEquals(first, caseIdOf(both.get(1)), both.toString());
        assertTrue(caseOf(first).getBoolean("absconded"), "the second message's facts reach the case");
    }

    @Test
    void theCaseStatusIsAnsweredInChineseAndEnglish() throws Exception {
        String phone = uniquePhone();
        long id = shortClaim(phone, uniqueCompany());

        String zh = sms(phone, "我的案子怎么样了");
        assertTrue(zh.startsWith("您的案子（" + id + "号）：已登记"), zh);
        assertTrue(zh.matches(".*下一步：[^，。]+，\\d{4}年\\d{1,2}月\\d{1,2}日。"), "the next date: " + zh);
        assertTrue(SmsSegmentCount.of(zh).segments() <= 2, zh);
        String en = sms(phone, "case status");
        assertTrue(en.startsWith("Your case (no. " + id + "): registered"), en);
        assertTrue(en.matches(".*Next: [^,]+, \\d{1,2} [A-Z][a-z]{2} \\d{4}\\."), "the next date: " + en);
        assertFalse(en.matches(".*[A-Z]{3,}_[A-Z]+.*"), "no codes: " + en);

        legal.ok("POST", "/api/legalaid/cases/" + id + "/steps", "{\"step\":\"SCREENING\"}");
        legal.ok("POST", "/api/legalaid/cases/" + id + "/steps", "{\"step\":\"ACCEPTED\"}");
        String accepted = sms(phone, "我的案子有消息吗");
        assertTrue(accepted.contains("已受理法律援助"), accepted);
    }

    @Test
    void aWorkerWithoutACaseIsOfferedToStartOne() throws Exception {
        String phone = uniquePhone();
        String none = sms(phone, "my case");
        assertTrue(none.startsWith("You have no legal-aid case yet."), none);
        String zh = sms(uniquePhone(), "我的案子怎么样了");
        assertTrue(zh.startsWith("您还没有法律援助案子"), zh);
    }

    @Test
    void eachStepStaffRecordSendsTheWorkerAnSmsInTheirLanguage() throws Exception {
        String zhPhone = uniquePhone();
        long zhCase = shortClaim(zhPhone, uniqueCompany());
        String enPhone = uniquePhone();
        answerUntilRecorded(enPhone, "The boss owes me wages, 8500 yuan, I quit in November",
                List.<String[]>of(new String[] {"Which company", "Sunrise Building Team"},
                        new String[] {"which city", "Hangzhou"}, new String[] {"How many co-workers", "0"},
                        new String[] {"For how many months", "2"}, new String[] {"What proof", "none"}));
        long enCase = caseIdOf(consultations(enPhone, 1).get(0));

        for (long id : List.of(zhCase, enCase)) {
            legal.ok("POST", "/api/legalaid/cases/" + id + "/steps", "{\"step\":\"SCREENING\"}");
        }
        assertEquals(List.of(), notices(zhPhone), "intake and screening send nothing");
        String zhAccepted = stepNotice(zhCase, "{\"step\":\"ACCEPTED\"}", zhPhone, "已受理");
        assertEquals("【暖心热线】您的案子（" + zhCase + "号）已受理法律援助，3日内会指派法律援助人员联系您。问进展请回复“我的案子”。",
                zhAccepted);
        String enAccepted = stepNotice(enCase, "{\"step\":\"ACCEPTED\"}", enPhone, "legal aid granted");
        assertTrue(enAccepted.startsWith("Warmline: legal aid granted for your case no. " + enCase + "."), enAccepted);

        stepNotice(zhCase, "{\"step\":\"ASSIGNED\",\"assignee\":\"legal-aid\"}", zhPhone, "已指派法律援助人员");
        String hearing = stepNotice(zhCase, "{\"step\":\"ARBITRATION\",\"onDate\":\"2027-01-15\"}", zhPhone, "开庭");
        assertEquals("【暖心热线】您的案子（" + zhCase + "号）劳动仲裁开庭：2027年1月15日。请带身份证和证据准时到场。", hearing);

        stepNotice(enCase, "{\"step\":\"ASSIGNED\",\"assignee\":\"legal-aid\"}", enPhone, "legal-aid worker now handles");
        String closed = stepNotice(enCase, "{\"step\":\"CLOSED\",\"outcomeCode\":\"PAID_IN_FULL\",\"recoveredFen\":850000}",
                enPhone, "is closed");
        assertEquals("Warmline: your case no. " + enCase + " is closed; 8,500 yuan recovered. Reply HUMAN if you have a question.",
                closed);
        assertEquals(3, notices(enPhone).size(), notices(enPhone).toString());
        for (String text : notices(enPhone)) {
            assertTrue(SmsSegmentCount.of(text).segments() <= 2, text);
            assertFalse(text.matches(".*\\p{IsHan}.*"), "English only: " + text);
        }
        assertEquals(3, notices(zhPhone).size(), notices(zhPhone).toString());
    }
}
