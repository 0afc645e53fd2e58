package org.warmline.legalaid.domain.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links wage claims into collective groups (issue 12 point 4): two claims are in one group when
 * <ul>
 *   <li>their employers' {@link EmployerNames#normalise normalised names} are equal and the sites lie in
 *       the same city, unless the name is a person's ({@link EmployerNames#isPerson}: 老王, 王老板 — a
 *       county has hundreds of them; such claims link only by site and chain); or</li>
 *   <li>in the same city one normalised name is a shortened form of the other: a prefix of it ("顺达建筑"
 *       of "顺达建筑劳务"), or contained in it elsewhere when its 字号 (the name without trailing trade
 *       words) has three characters or more; the shortened form's 字号 has at least two characters
 *       (not "建筑劳务", not "南建筑") and it fits only one employer there — when "顺达" could be
 *       "顺达建筑劳务" or "顺达物流" in that city it links by name to neither; or</li>
 *   <li>they name the same work site and the same non-empty contractor chain (each party normalised),
 *       whatever the employer was called;</li>
 * </ul>
 * and groups are closed under these links (transitively).
 *
 * <p>Scales linearly: claims are indexed by city and normalised name, and a shortened name is looked up
 * among the substrings of the names of its own city (a name of n characters has n(n+1)/2), never
 * against every other claim. 200,000 claims take about a second.
 */
public final class ClaimLinker {

    /** Shortest shortened name that links by prefix. */
    static final int MIN_PREFIX = 2;
    /** Shortest 字号 of a shortened name that links by prefix. */
    static final int MIN_PREFIX_BRAND = 2;
    /** Shortest 字号 of a shortened name that links by containment elsewhere than at the start. */
    static final int MIN_INFIX_BRAND = 3;

    /**
     * @param claims the claims; case ids unique
     * @return the groups, each a sorted list of case ids, every claim in exactly one group (a claim
     *         linked to nothing is a group of one); groups in order of their smallest case id
     * @throws IllegalArgumentException if two claims have the same case id
     */
    public List<List<Long>> link(List<Claim> claims) {
        int n = claims.size();
        UnionFind uf = new UnionFind(n);
        Map<Long, Integer> seen = new HashMap<>(n * 2);
        // (city, key) → first claim index; same key in same city: one group
        Map<String, Map<String, Integer>> byCity = new HashMap<>();
        Map<String, Integer> bySiteChain = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            if (seen.put(c.caseId(), i) != null) {
                throw new IllegalArgumentException("case " + c.caseId() + " given twice");
            }
            String key = names.computeIfAbsent(c.employerAsNamed() == null ? "" : c.employerAsNamed(),
                    EmployerNames::normalise);
            if (!key.isEmpty() && !EmployerNames.isPerson(key)) {
                Integer first = byCity.computeIfAbsent(city(c), k -> new HashMap<>()).putIfAbsent(key, i);
                if (first != null) {
                    uf.union(first, i);
                }
            }
            if (c.siteCode() != null && !c.chain().isEmpty()) {
                StringBuilder sc = new StringBuilder(c.siteCode());
                for (String party : c.chain()) {
                    sc.append('|').append(names.computeIfAbsent(party, EmployerNames::normalise));
                }
                Integer first = bySiteChain.putIfAbsent(sc.toString(), i);
                if (first != null) {
                    uf.union(first, i);
                }
            }
        }
        for (Map<String, Integer> keys : byCity.values()) {
            linkShortenedNames(keys, uf);
        }
        Map<Integer, List<Long>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(claims.get(i).caseId());
        }
        List<List<Long>> out = new ArrayList<>(groups.size());
        for (List<Long> g : groups.values()) {
            g.sort(null);
            out.add(List.copyOf(g));
        }
        out.sort((a, b) -> Long.compare(a.get(0), b.get(0)));
        return out;
    }

    /** Links each shortened name of one city to the one employer it fits, if it fits exactly one. */
    private static void linkShortenedNames(Map<String, Integer> keys, UnionFind uf) {
        if (keys.size() < 2) {
            return;
        }
        Map<String, List<String>> longerContaining = new HashMap<>();
        for (String longer : keys.keySet()) {
            int len = longer.length();
            for (int from = 0; from < len; from++) {
                for (int to = from + MIN_PREFIX; to <= len; to++) {
                    if (to - from == len) {
                        continue;
                    }
                    String part = longer.substring(from, to);
                    if (keys.containsKey(part)) {
                        List<String> list = longerContaining.computeIfAbsent(part, k -> new ArrayList<>(2));
                        if (!list.contains(longer)) {
                            list.add(longer);
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, List<String>> e : longerContaining.entrySet()) {
            String shortName = e.getKey();
            int brand = EmployerNames.brand(shortName).length();
            if (brand < MIN_PREFIX_BRAND) {
                continue;
            }
            List<String> longer = e.getValue();
            if (brand < MIN_INFIX_BRAND) {
                longer = longer.stream().filter(l -> l.startsWith(shortName)).toList();
                if (longer.isEmpty()) {
                    continue;
                }
            }
            String longest = longer.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            boolean oneEmployer = longer.stream().allMatch(longest::contains);
            if (oneEmployer) {
                int at = keys.get(shortName);
                for (String l : longer) {
                    uf.union(at, keys.get(l));
                }
            }
        }
    }

    private static String city(Claim c) {
        return c.cityCode() == null ? "" : c.cityCode();
    }

    /** Disjoint sets over claim indexes, with path halving and union by size. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
