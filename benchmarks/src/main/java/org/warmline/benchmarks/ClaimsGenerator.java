package org.warmline.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceLevel;
import org.warmline.legalaid.domain.linking.Claim;

/**
 * Generates wage claims against employers whose names workers write in varied forms, with the truth
 * (which employer each claim is against), for the claim-linking benchmark.
 *
 * <p>Employers: a registered name 城市 + 字号 + 行业 + 组织形式 (Decree 734 Art. 6), unique per city
 * (a registry does not register one name twice); 字号 are two Chinese characters (some three, some
 * Latin letters) from a pool small enough that the same 字号 recurs in a city with another trade;
 * cities are the NBS list's cities weighted towards the first ones. Each employer has one to three
 * sites (counties of its city), each with a contractor chain (client, general contractor, the employer)
 * or none. Claims: every employer has at least one; the rest follow a power law (a few employers with
 * hundreds of claims). Each claim writes the employer in one of these forms: the registered name; with
 * 市 or with the province; without the city; with 公司 for the legal form; the city in brackets;
 * a branch (…有限公司杭州分公司); shortened to 字号 + first trade word (顺达建筑); 字号 only; or the
 * foreman's name (老王) — and independently spaces, full-width letters and punctuation.
 */
final class ClaimsGenerator {

    private static final String BRAND_CHARS = "顺达恒泰鑫源华盛宏远金鼎富瑞祥福兴隆昌荣康德利明通永嘉诚信国新豪正龙凯天博广峰海"
            + "星光宇辉晟邦众合佳创汇丰弘亿万中科立业联锦威腾成宝润铭益美东南北方舜尧禹浩";
    private static final List<List<String>> TRADES = List.of(
            List.of("建筑", "劳务"), List.of("建筑", "工程"), List.of("装饰", "工程"), List.of("物流"),
            List.of("电子", "科技"), List.of("服装"), List.of("餐饮", "管理"), List.of("家政", "服务"),
            List.of("机械", "制造"), List.of("市政", "工程"), List.of("园林", "绿化"), List.of("劳务", "派遣"),
            List.of("钢结构", "工程"), List.of("建材"), List.of("鞋业"), List.of("食品"), List.of("幕墙", "工程"),
            List.of("物业", "管理"), List.of("汽车", "配件"), List.of("纺织"));
    private static final List<String> FORMS = List.of("有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司",
            "集团有限公司", "公司");
    private static final List<String> CONTRACTORS = List.of("中建三局", "中建八局", "中铁十二局", "中国建筑第五工程局",
            "浙江省建工集团", "上海建工", "北京城建", "中交一公局", "中冶建工", "陕西建工", "江苏南通二建", "广东省建筑工程集团");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";

    /** One generated employer. */
    record Employer(int id, Place city, String brand, List<String> trade, String form, List<String> sites,
                    List<List<String>> chains, String foreman) {
        String registered() {
            return city.shortName() + brand + String.join("", trade) + form;
        }
    }

    /** Generated claims with the index of the true employer of each. */
    record Generated(List<Claim> claims, int[] employerOf, List<Employer> employers) { }

    private final Random random;
    private final Gazetteer gazetteer = Gazetteer.load();

    ClaimsGenerator(long seed) {
        this.random = new Random(seed);
    }

    Generated generate(int employerCount, int claimCount) {
        List<Place> cities = gazetteer.all().stream().filter(p -> p.level() == PlaceLevel.CITY).toList();
        Map<String, List<Place>> counties = gazetteer.all().stream()
                .filter(p -> p.level() == PlaceLevel.COUNTY && p.cityCode() != null)
                .collect(Collectors.groupingBy(Place::cityCode));
        List<Employer> employers = new ArrayList<>(employerCount);
        Set<String> registered = new HashSet<>();
        while (employers.size() < employerCount) {
            Place city = cities.get((int) Math.floor(cities.size() * Math.pow(random.nextDouble(), 1.6)));
            String brand = brand();
            List<String> trade = TRADES.get(random.nextInt(TRADES.size()));
            if (!registered.add(city.code() + brand + String.join("", trade))) {
                continue;
            }
            List<Place> inCity = counties.getOrDefault(city.code(), List.of(city));
            int siteCount = 1 + random.nextInt(3);
            List<String> sites = new ArrayList<>();
            List<List<String>> chains = new ArrayList<>();
            String form = FORMS.get(random.nextInt(FORMS.size()));
            for (int s = 0; s < siteCount; s++) {
                sites.add(inCity.get(random.nextInt(inCity.size())).code());
                chains.add(random.nextInt(10) < 7
                        ? List.of(city.shortName() + "城投" + (1 + random.nextInt(400)) + "号项目",
                        CONTRACTORS.get(random.nextInt(CONTRACTORS.size())), city.shortName() + brand + String.join("", trade) + form)
                        : List.of());
            }
            String foreman = "老" + SURNAMES.charAt(random.nextInt(SURNAMES.length()));
            employers.add(new Employer(employers.size(), city, brand, trade, form, sites, chains, foreman));
        }
        double[] cumulative = new double[employerCount];
        double sum = 0;
        for (int i = 0; i < employerCount; i++) {
            sum += 1 / Math.pow(i + 1, 0.6);
            cumulative[i] = sum;
        }
        List<Claim> claims = new ArrayList<>(claimCount);
        int[] employerOf = new int[claimCount];
        for (int c = 0; c < claimCount; c++) {
            int e;
            if (c < employerCount) {
                e = c;
            } else {
                int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                e = Math.min(employerCount - 1, at < 0 ? -at - 1 : at);
            }
            employerOf[c] = e;
            claims.add(claim(c + 1, employers.get(e)));
        }
        return new Generated(claims, employerOf, employers);
    }

    private String brand() {
        int kind = random.nextInt(100);
        if (kind < 4) {
            StringBuilder latin = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                latin.append((char) ('A' + random.nextInt(26)));
            }
            return latin.toString();
        }
        int length = kind < 20 ? 3 : 2;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())));
        }
        return b.toString();
    }

    private Claim claim(long caseId, Employer e) {
        int site = random.nextInt(e.sites().size());
        List<String> chain = e.chains().get(site);
        String city = e.city().shortName();
        String trade = String.join("", e.trade());
        Place prov = gazetteer.byCode(e.city().provinceCode()).orElseThrow();
        int form = random.nextInt(100);
        String name;
        if (form < 28) {
            name = e.registered();
        } else if (form < 36) {
            name = e.city().name() + e.brand() + trade + e.form();
        } else if (form < 41) {
            name = (random.nextBoolean() ? prov.name() + e.city().name() : prov.shortName() + city) + e.brand() + trade + e.form();
        } else if (form < 56) {
            name = e.brand() + trade + e.form();
        } else if (form < 66) {
            name = city + e.brand() + trade + "公司";
        } else if (form < 70) {
            name = e.brand() + trade + "（" + city + "）" + e.form();
        } else if (form < 74) {
            name = e.brand() + trade + "有限公司" + city + "分公司";
        } else if (form < 88) {
            name = e.brand() + e.trade().get(0);
        } else if (form < 91) {
            name = e.brand();
        } else if (form < 94 && !chain.isEmpty()) {
            name = random.nextBoolean() ? e.foreman() : e.foreman().substring(1) + "老板";
        } else {
            name = e.registered();
        }
        if (random.nextInt(100) < 15) {
            name = spaced(name);
        }
        if (random.nextInt(100) < 10) {
            name = fullWidth(name);
        }
        List<String> writtenChain = chain.isEmpty() || random.nextInt(100) < 20 ? List.of()
                : List.of(chain.get(0), chain.get(1), random.nextBoolean() ? chain.get(2) : spaced(chain.get(2)));
        long owed = 200_000L + random.nextInt(3_800_000);
        return new Claim(caseId, name, e.sites().get(site), e.city().code(), writtenChain, List.of(caseId), owed);
    }

    private String spaced(String s) {
        int at = 1 + random.nextInt(Math.max(1, s.length() - 1));
        String space = switch (random.nextInt(3)) {
            case 0 -> " ";
            case 1 -> "\u3000";
            default -> "·";
        };
        return s.substring(0, Math.min(at, s.length())) + space + s.substring(Math.min(at, s.length()));
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c == '（' ? '(' : c);
        }
        return b.toString().replace("(", "（");
    }
}
