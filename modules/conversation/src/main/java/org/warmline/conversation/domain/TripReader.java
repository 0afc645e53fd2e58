package org.warmline.conversation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceMention;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.domain.railway.StationList;
import org.warmline.core.domain.railway.StationMention;

/**
 * Reads the trip slots out of one message: which place is home and which is where the worker is
 * now (from the words before it: 回/到/去/home to/go to versus 从/在/from/in/I'm in, or from the
 * question just asked), the travel date or window, the party size and special needs. A railway
 * station written with 站 (广州南站) counts as the city it serves. In a return-to-work message
 * ("回深圳上班，老家在衡阳") the place after 回 is the destination and 老家 the origin.
 */
final class TripReader {

    private static final Logger LOG = Logger.getLogger(TripReader.class.getName());

    enum Role { DESTINATION, ORIGIN }

    /** Chinese words right before a place, longest first; destination words before origin ones ("老家在"). */
    private static final List<String> ZH_HOME_MARKERS = List.of("回老家", "回到", "返回", "回", "返");
    private static final List<String> ZH_DESTINATION_MARKERS =
            List.of("老家是", "老家在", "家是", "家在", "老家", "目的地是", "目的地", "到", "去", "至");
    private static final List<String> ZH_ORIGIN_MARKERS = List.of("离开", "从", "在", "自");

    /** English words right before a place, as the last one to three lower-case words. */
    private static final List<String> EN_HOME_MARKERS =
            List.of("home to", "back to", "go to", "going to", "travel to", "return to", "get to", "go home",
                    "home");
    private static final List<String> EN_DESTINATION_MARKERS =
            List.of("home is in", "home is", "hometown is", "hometown", "home in", "family in", "to");
    private static final List<String> EN_ORIGIN_MARKERS = List.of("from", "in", "at", "leave", "leaving");

    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,，:：、]+$");
    private static final Pattern LINK_TO_NEXT_PLACE = Pattern.compile("^\\s*(?:到|至|回|去|→|->|-|—|~|～|(?i:to\\b))");
    private static final Pattern FILLER = Pattern.compile(
            "^(?:我现在在|我在|现在在|在|我回|回|我老家是|我老家在|老家是|老家在|老家|我家在|家在|是)"
            + "|(?i)^(?:i'm in |i am in |in |from |home is |my home is |it's |it is )"
            + "|[\\p{Punct}\\s，。！？、：；…]+$");

    private static final List<String> ZH_HOMETOWN_MARKERS = List.of("老家是", "老家在", "家是", "家在", "老家");

    private static final Pattern KIDS = Pattern.compile("孩子|小孩|娃|宝宝|婴儿|儿子|女儿|(?i:\\bkids?\\b|\\bchild|\\bbaby\\b)");
    private static final Pattern ELDERLY = Pattern.compile("老人|父母|爸妈|老娘|老爹|奶奶|爷爷|外婆|姥姥|(?i:elderly|\\bparents\\b|grandm|grandf)");
    private static final Pattern LUGGAGE = Pattern.compile("行李|大包|东西多|东西很多|被褥|(?i:luggage|baggage|bags)");
    private static final Pattern PREGNANT = Pattern.compile("怀孕|孕妇|(?i:pregnan)");
    private static final Pattern DISABLED = Pattern.compile("轮椅|残疾|腿脚不便|行动不便|(?i:wheelchair|disab)");

    /** The last text scanned on this thread and its places (one turn reads a text several times). */
    private final ThreadLocal<Object[]> last = new ThreadLocal<>();
    /** The last reading on this thread (the engine reads a first message twice: intent, then slots). */
    private final ThreadLocal<Object[]> lastFacts = new ThreadLocal<>();
    private final Gazetteer gazetteer;
    private final StationList stations;
    private final DateReader dates;

    TripReader(Gazetteer gazetteer, StationList stations, DateReader dates) {
        this.gazetteer = gazetteer;
        this.stations = stations;
        this.dates = dates;
    }

    /**
     * @param text    the message, width-folded
     * @param asked   the question the worker is answering
     * @param hasDestination whether home is already known (an unmarked place then means origin)
     * @param hasOrigin      whether the origin is already known
     * @return what the message says
     */
    TripFacts read(String text, DialogState.Step asked, boolean hasDestination, boolean hasOrigin) {
        Object[] memo = lastFacts.get();
        if (memo != null && memo[0].equals(text) && memo[1] == asked && memo[2].equals(hasDestination)
                && memo[3].equals(hasOrigin)) {
            return (TripFacts) memo[4];
        }
        TripFacts facts = read(text, asked, hasDestination, hasOrigin, dates.find(text).orElse(null), findPlaces(text));
        lastFacts.set(new Object[] {text, asked, hasDestination, hasOrigin, facts});
        return facts;
    }

    /**
     * @param date   the date already found in the text, or null
     * @param places the place mentions already found in the text
     * @see #read(String, DialogState.Step, boolean, boolean)
     */
    TripFacts read(String text, DialogState.Step asked, boolean hasDestination, boolean hasOrigin,
                   DateReader.Found date, List<PlaceMention> places) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (PlaceMention m : places) {
            boolean valid = m != null && m.resolution() != null && m.start() >= 0 && m.end() <= text.length()
                    && m.start() < m.end() && !(m.resolution() instanceof PlaceResolution.NotFound);
            boolean overlapsDate = date != null && m != null && m.start() < date.end() && date.start() < m.end();
            if (valid && !overlapsDate) {
                mentions.add(m);
            }
        }

        PlaceResolution destination = null;
        String destinationText = null;
        PlaceResolution origin = null;
        String originText = null;
        boolean homeByPlace = false;
        boolean destinationTaken = hasDestination;
        boolean originTaken = hasOrigin;
        // 回深圳上班，老家在衡阳: 回 names the destination, so 老家 is where the trip starts.
        boolean returnToWork = false;
        for (PlaceMention m : mentions) {
            if (homeMarker(before(text, m.start())) != null) {
                returnToWork = true;
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            String before = before(text, m.start());
            String marker = homeMarker(before);
            Role role;
            if (marker != null) {
                homeByPlace = true;
                role = Role.DESTINATION;
            } else if (returnToWork && hometownMarker(before)) {
                role = Role.ORIGIN;
            } else {
                role = markedRole(before);
            }
            if (role == null && i + 1 < mentions.size()
                    && LINK_TO_NEXT_PLACE.matcher(text.substring(m.end(), mentions.get(i + 1).start())).find()) {
                role = Role.ORIGIN; // "杭州到六安", "Guangzhou to Hengyang"
            }
            if (role == null) {
                role = roleAsked(asked);
            }
            if (role == null) {
                // Nothing says which: home first (it is asked first), then the origin; else ignore it.
                role = !destinationTaken ? Role.DESTINATION : !originTaken ? Role.ORIGIN : null;
            }
            if (role == Role.DESTINATION && better(m.resolution(), destination)) {
                destination = m.resolution();
                destinationText = m.text();
                destinationTaken = true;
            } else if (role == Role.ORIGIN && better(m.resolution(), origin)) {
                origin = m.resolution();
                originText = m.text();
                originTaken = true;
            }
        }

        Role asking = roleAsked(asked);
        if (mentions.isEmpty() && date == null && asking != null) {
            // An answer to "where?" that findAll did not see as a place, e.g. pinyin: ask resolve().
            String name = FILLER.matcher(FILLER.matcher(text.strip()).replaceAll("")).replaceAll("").strip();
            int length = name.codePointCount(0, name.length());
            if (length >= 2 && length <= 20) {
                PlaceResolution r = resolve(name);
                if (r instanceof PlaceResolution.Found || r instanceof PlaceResolution.Ambiguous) {
                    if (asking == Role.DESTINATION) {
                        destination = r;
                        destinationText = name;
                    } else {
                        origin = r;
                        originText = name;
                    }
                    mentions.add(new PlaceMention(0, text.length(), name, r));
                }
            }
        }

        char[] residual = text.toCharArray();
        if (date != null) blank(residual, date.start(), date.end());
        mentions.forEach(m -> blank(residual, m.start(), m.end()));
        Optional<Integer> party = PartySizeParser.find(new String(residual), asked == DialogState.Step.ASK_PARTY);

        return new TripFacts(destination, destinationText, origin, originText, date, party, homeByPlace, notes(text));
    }

    /** The words right before a place: enough for every marker (回到, 老家在, "hometown is"). */
    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - 24), start);
    }

    /** @return special needs said in the message as short Chinese text ("带小孩、有老人"), or null */
    static String notes(String text) {
        List<String> notes = new ArrayList<>();
        if (KIDS.matcher(text).find()) notes.add("带小孩");
        if (ELDERLY.matcher(text).find()) notes.add("有老人");
        if (PREGNANT.matcher(text).find()) notes.add("有孕妇");
        if (DISABLED.matcher(text).find()) notes.add("行动不便");
        if (LUGGAGE.matcher(text).find()) notes.add("行李多");
        return notes.isEmpty() ? null : String.join("、", notes);
    }

    private static boolean hometownMarker(String before) {
        String zh = TRAILING_SEPARATORS.matcher(before).replaceAll("");
        for (String marker : ZH_HOMETOWN_MARKERS) {
            if (zh.endsWith(marker)) return true;
        }
        return false;
    }

    /** A Found beats an Ambiguous; otherwise the first mention of a role wins. */
    private static boolean better(PlaceResolution candidate, PlaceResolution current) {
        return current == null
                || (current instanceof PlaceResolution.Ambiguous && candidate instanceof PlaceResolution.Found);
    }

    private static Role roleAsked(DialogState.Step asked) {
        return switch (asked) {
            case ASK_DESTINATION, PICK_DESTINATION -> Role.DESTINATION;
            case ASK_ORIGIN, PICK_ORIGIN -> Role.ORIGIN;
            default -> null;
        };
    }

    /** @return the travel word right before a place (回, 回到, home to, go to…), or null */
    private static String homeMarker(String before) {
        String zh = TRAILING_SEPARATORS.matcher(before).replaceAll("");
        for (String marker : ZH_HOME_MARKERS) {
            if (zh.endsWith(marker)) return marker;
        }
        String en = lastWords(before);
        for (String marker : EN_HOME_MARKERS) {
            if (endsWithWords(en, marker)) return marker;
        }
        return null;
    }

    private static Role markedRole(String before) {
        String zh = TRAILING_SEPARATORS.matcher(before).replaceAll("");
        for (String marker : ZH_DESTINATION_MARKERS) {
            if (zh.endsWith(marker)) return Role.DESTINATION;
        }
        for (String marker : ZH_ORIGIN_MARKERS) {
            if (zh.endsWith(marker)) return Role.ORIGIN;
        }
        String en = lastWords(before);
        for (String marker : EN_DESTINATION_MARKERS) {
            if (endsWithWords(en, marker)) return Role.DESTINATION;
        }
        for (String marker : EN_ORIGIN_MARKERS) {
            if (endsWithWords(en, marker)) return Role.ORIGIN;
        }
        return null;
    }

    /** @return the last three words before a place, lower case, single-spaced, if Latin text ends there */
    private static String lastWords(String before) {
        String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
        tail = TRAILING_SEPARATORS.matcher(tail).replaceAll("");
        if (tail.isEmpty() || !Character.isLetter(tail.charAt(tail.length() - 1))
                || Character.UnicodeScript.of(tail.codePointBefore(tail.length())) != Character.UnicodeScript.LATIN) {
            return "";
        }
        String[] words = tail.toLowerCase(Locale.ROOT).split("[^a-z']+");
        int from = Math.max(0, words.length - 3);
        return " " + String.join(" ", List.of(words).subList(from, words.length));
    }

    private static boolean endsWithWords(String lastWords, String marker) {
        return !lastWords.isEmpty() && lastWords.endsWith(" " + marker);
    }

    private static void blank(char[] chars, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, chars.length); i++) {
            chars[i] = ' ';
        }
    }

    // The core parsers are called defensively: one bad message must not break a conversation.

    /**
     * Every place in a message: the gazetteer's mentions, with railway stations written with 站
     * (广州南站) replacing the mentions they overlap by the place the station serves.
     *
     * @param text a message, width-folded and Simplified
     * @return the mentions in order of appearance
     */
    List<PlaceMention> findPlaces(String text) {
        Object[] memo = last.get();
        if (memo != null && memo[0].equals(text)) {
            @SuppressWarnings("unchecked")
            List<PlaceMention> same = (List<PlaceMention>) memo[1];
            return same;
        }
        List<PlaceMention> found = List.copyOf(scanPlaces(text));
        last.set(new Object[] {text, found});
        return found;
    }

    private List<PlaceMention> scanPlaces(String text) {
        List<PlaceMention> found;
        try {
            found = gazetteer.findAll(text);
            found = found == null ? new ArrayList<>() : new ArrayList<>(found);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer failed on a message; reading it without places", e);
            found = new ArrayList<>();
        }
        if (text.indexOf('站') < 0 || stations == null) {
            return found;
        }
        for (StationMention s : stations.findAll(text)) {
            Optional<Place> served = s.station().placeCode() == null ? Optional.empty()
                    : gazetteer.byCode(s.station().placeCode());
            if (served.isEmpty()) {
                continue;
            }
            found.removeIf(m -> m.start() < s.end() && s.start() < m.end());
            found.add(new PlaceMention(s.start(), s.end(), s.text(), new PlaceResolution.Found(served.get())));
        }
        found.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return found;
    }

    /** @param name a place name @return the gazetteer's reading; NotFound (logged) when the gazetteer fails */
    PlaceResolution resolve(String name) {
        try {
            return gazetteer.resolve(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gazetteer failed to resolve a name", e);
            return new PlaceResolution.NotFound(name);
        }
    }
}
