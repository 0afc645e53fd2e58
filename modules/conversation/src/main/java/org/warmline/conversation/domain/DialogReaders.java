package org.warmline.conversation.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.conversation.domain.DialogState.Step;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceLevel;
import org.warmline.core.domain.place.PlaceMention;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.domain.railway.StationList;

/**
 * The readers one dialog router and its service dialogs share: the gazetteer, the railway station list
 * (loaded once per instance; the router is one application-wide bean), dates against one clock, trip
 * facts and trip changes (改成5个人, 不回了), plus the place rules every dialog applies the same way (a picked option, an
 * ambiguous name turned into numbered options, a province too wide for a trip). Pure and thread-safe.
 *
 * @param gazetteer the place list
 * @param dates     dates against the router's clock
 * @param trips     the reader of trip facts (places, stations, dates, party, notes)
 * @param changes   the reader of changes to a trip request
 */
record DialogReaders(Gazetteer gazetteer, DateReader dates, TripReader trips, TripChangeReader changes) {

    private static final Logger LOG = Logger.getLogger(DialogReaders.class.getName());

    /** Province-level codes that are cities in their own right (北京, 天津, 上海, 重庆). */
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");
    /** Trailing punctuation and blanks cut from a short answer before it is looked up as a place. */
    private static final String TRAILING = "[\\p{Punct}，。！？、\\s]+$";

    /**
     * @param gazetteer the place list, e.g. {@link Gazetteer#load()}
     * @param clock     the clock that says what "today" is (dates are read in Asia/Shanghai)
     * @return the readers, the station list loaded
     */
    static DialogReaders of(Gazetteer gazetteer, Clock clock) {
        DateReader dates = new DateReader(Objects.requireNonNull(clock, "clock"));
        TripReader trips = new TripReader(Objects.requireNonNull(gazetteer, "gazetteer"), stations(gazetteer), dates);
        return new DialogReaders(gazetteer, dates, trips, new TripChangeReader(trips));
    }

    private static StationList stations(Gazetteer gazetteer) {
        try {
            return StationList.load(gazetteer);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "railway station list unavailable; stations are read as places only", e);
            return null;
        }
    }

    /** @param text width-folded text @return the places it names, in order */
    List<PlaceMention> findPlaces(String text) {
        return trips.findPlaces(text);
    }

    /**
     * @param name a place name
     * @return the gazetteer's reading; NotFound (logged) when the gazetteer fails on it
     */
    PlaceResolution resolve(String name) {
        return trips.resolve(name);
    }

    /**
     * The place a message gives: the first place it names, or — when the worker was asked for a place —
     * the whole short answer without a leading preposition ("在东莞", "去深圳").
     *
     * @param text     width-folded text
     * @param places   the places found in it ({@link #findPlaces})
     * @param asked    whether the question in progress asked for this place
     * @param prefixes a regular expression of the prepositions to drop, e.g. {@code "在|是"}
     * @return the mention, or null when the message gives none
     */
    PlaceMention placeSaid(String text, List<PlaceMention> places, boolean asked, String prefixes) {
        if (!places.isEmpty()) {
            return places.get(0);
        }
        if (!asked) {
            return null;
        }
        PlaceResolution r = resolve(text.strip().replaceAll("^(?:" + prefixes + ")", "").replaceAll(TRAILING, ""));
        return r instanceof PlaceResolution.NotFound ? null : new PlaceMention(0, text.length(), text.strip(), r);
    }

    /**
     * @param bare    the message through {@link Texts#bare}
     * @param options the place codes offered
     * @return the option the number picks, if it is one of them
     */
    Optional<Place> pickedOption(String bare, List<String> options) {
        Optional<Integer> n = Texts.number(bare);
        if (n.isPresent() && n.get() >= 1 && n.get() <= options.size()) {
            return byCode(options.get(n.get() - 1));
        }
        return Optional.empty();
    }

    /** @param code a GB/T 2260 code, or null @return the place, if the gazetteer knows it */
    Optional<Place> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Optional<Place> p = gazetteer.byCode(code);
        return p == null ? Optional.empty() : p;
    }

    /**
     * The "which one?" question for an ambiguous place name.
     *
     * @param step the PICK step that waits for the answer
     * @param said the name the worker wrote
     * @param a    the gazetteer's candidates (at most {@link DialogState#MAX_PLACE_OPTIONS} are offered)
     * @return the problem to ask about
     */
    static Problem options(Step step, String said, PlaceResolution.Ambiguous a) {
        List<String> codes = a.options().stream().limit(DialogState.MAX_PLACE_OPTIONS).map(Place::code).toList();
        return new Problem(step, "place.options", new Object[] {Texts.excerpt(said == null ? "" : said,
                Replies.ECHO_LENGTH), null}, codes);
    }

    /** @param r a reading @return its place when it found exactly one */
    static Optional<Place> found(PlaceResolution r) {
        return r instanceof PlaceResolution.Found f && f.place() != null ? Optional.of(f.place()) : Optional.empty();
    }

    /** A whole province is too wide for a trip, except the four municipalities. */
    static boolean isTooWide(Place p) {
        return p.level() == PlaceLevel.PROVINCE && !MUNICIPALITIES.contains(p.code());
    }

    /** @return the text with the places blanked out (so that "两个月" in a place name is not read) */
    static String blankPlaces(String t, List<PlaceMention> places) {
        char[] c = t.toCharArray();
        for (PlaceMention p : places) {
            for (int i = Math.max(0, p.start()); i < Math.min(c.length, p.end()); i++) c[i] = ' ';
        }
        return new String(c);
    }
}
