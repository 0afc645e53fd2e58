package org.warmline.core.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.PlaceMention;
import org.warmline.core.domain.place.PlaceResolution;

/**
 * Help centres (owner of {@code wk_help_centre}) and which one serves a place or a message; their
 * parents and pick-up times (issue 10, "nobody unseen"), and the admins' changes to them.
 */
@ApplicationScoped
@Transactional
public class HelpCentres {

    /** Longest pick-up time a centre may set: one day, in seconds. */
    public static final int MAX_PICKUP_SECONDS = 86_400;

    /** How long this node trusts its copy of the centres, in nanoseconds (another node's admin change shows after this). */
    private static final long CACHE_FOR_NANOS = Duration.ofSeconds(30).toNanos();

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

    private static final Pattern REGION = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    /**
     * A centre as an admin enters it.
     *
     * @param code                the centre's code, upper-case letters, digits, _ or -, 1..32 (only when adding)
     * @param nameZh              Chinese name, 1..64 characters
     * @param nameEn              English name, 1..64 characters
     * @param regions             GB/T 2260 prefixes (2, 4 or 6 digits) or {@code *} (one default centre only); a
     *                            prefix another centre serves already is refused (a longer one inside it is fine)
     * @param parent              the parent centre's code, or null/blank for a top centre
     * @param urgentPickupSeconds seconds to pick up an urgent conversation (1..86400), or null for the default
     * @param normalPickupSeconds seconds to pick up another conversation (1..86400), or null for the default
     */
    public record Form(String code, String nameZh, String nameEn, List<String> regions, String parent,
                       Integer urgentPickupSeconds, Integer normalPickupSeconds) { }

    @Inject
    @ConfigProperty(name = "warmline.helpdesk.urgent-pickup", defaultValue = "PT5M")
    Duration defaultUrgentPickup;

    @Inject
    @ConfigProperty(name = "warmline.helpdesk.normal-pickup", defaultValue = "PT30M")
    Duration defaultNormalPickup;

    /** {@link System#nanoTime()} of the last read (a cache age on this node, not a business time). */
    private volatile long readAt;

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Centres change rarely (an admin's edit), but routing reads them for every message: they are kept in
     * memory, read again after this node's own change at once and after 30 seconds otherwise.
     */
    private volatile List<HelpCentre> centres;

    /** @return all centres, by code (read-only copies, do not change them) */
    public List<HelpCentre> all() {
        List<HelpCentre> known = centres;
        long now = System.nanoTime();
        if (known == null || now - readAt > CACHE_FOR_NANOS) {
            known = List.copyOf(em.createQuery("select c from HelpCentre c order by c.code", HelpCentre.class)
                    .getResultList());
            known.forEach(em::detach);
            centres = known;
            readAt = now;
        }
        return known;
    }

    /**
     * @param code   a centre's code
     * @param urgent whether the conversation is urgent
     * @return how long the centre has to pick up such a conversation (assign it or answer it) before it
     *         climbs to the parent centre: the centre's own time, else {@code warmline.helpdesk.urgent-pickup}
     *         (default 5 minutes) or {@code warmline.helpdesk.normal-pickup} (default 30 minutes)
     */
    public Duration pickupTime(String code, boolean urgent) {
        Optional<HelpCentre> centre = byCode(code);
        Integer own = centre.map(c -> urgent ? c.urgentPickupSeconds() : c.normalPickupSeconds()).orElse(null);
        return own != null ? Duration.ofSeconds(own) : urgent ? defaultUrgentPickup : defaultNormalPickup;
    }

    /** @param code a centre's code @return its parent's code, empty for a top centre (HQ) or an unknown code */
    public Optional<String> parentOf(String code) {
        return byCode(code).map(HelpCentre::parentCode).filter(p -> byCode(p).isPresent());
    }

    /**
     * What is wrong with an admin's form, field by field (nothing is changed).
     *
     * @param form   the centre as entered
     * @param adding true when a new centre is added (its code must be new), false for a change of {@code form.code}
     * @return field name → what is wrong (English); empty when the form can be saved
     */
    public Map<String, String> problems(Form form, boolean adding) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (adding && !CODE.matcher(code).matches()) {
            errors.put("code", "1..32 upper-case letters, digits, '_' or '-', starting with a letter");
        } else if (adding && byCode(code).isPresent()) {
            errors.put("code", "a centre with this code exists");
        }
        name(errors, "nameZh", form.nameZh());
        name(errors, "nameEn", form.nameEn());
        List<String> regions = form.regions() == null ? List.of()
                : form.regions().stream().map(r -> r == null ? "" : r.trim()).filter(r -> !r.isEmpty()).toList();
        if (regions.isEmpty()) {
            errors.put("regions", "at least one region (GB/T 2260 prefix of 2, 4 or 6 digits) or *");
        } else if (regions.stream().anyMatch(r -> !"*".equals(r) && !REGION.matcher(r).matches())) {
            errors.put("regions", "each region is a GB/T 2260 prefix of 2, 4 or 6 digits, or *");
        } else if (regions.contains("*") && all().stream().anyMatch(c -> c.isDefault() && !c.code().equals(code))) {
            errors.put("regions", "only one centre takes every other place (*)");
        } else if (String.join(",", regions).length() > 400) {
            errors.put("regions", "too many regions (at most 400 characters)");
        } else {
            // the same prefix at two centres: routing picks one of them and the other never gets that place's work
            all().stream().filter(c -> !c.code().equals(code))
                    .flatMap(c -> regions.stream().filter(r -> !"*".equals(r) && c.regions().contains(r))
                            .map(r -> r + " is served by " + c.code() + " already"))
                    .findFirst().ifPresent(taken -> errors.put("regions", taken));
        }
        String parent = form.parent() == null || form.parent().isBlank() ? null : form.parent().trim();
        if (parent != null) {
            if (parent.equals(code)) {
                errors.put("parent", "a centre cannot be its own parent");
            } else if (byCode(parent).isEmpty()) {
                errors.put("parent", "no such centre");
            } else if (ancestors(parent).contains(code)) {
                errors.put("parent", "this would make a circle of parents");
            }
        }
        seconds(errors, "urgentPickupSeconds", form.urgentPickupSeconds());
        seconds(errors, "normalPickupSeconds", form.normalPickupSeconds());
        return errors;
    }

    /**
     * Adds a centre or changes one (after {@link #problems} found nothing).
     *
     * @param form   the centre
     * @param adding true to add, false to change the centre {@code form.code}
     * @return the stored centre
     * @throws IllegalArgumentException if the form has problems or (when changing) there is no such centre
     */
    public HelpCentre save(Form form, boolean adding) {
        Map<String, String> errors = problems(form, adding);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid centre: " + errors);
        }
        String code = form.code().trim();
        String regions = String.join(",", form.regions().stream().map(String::trim).filter(r -> !r.isEmpty()).toList());
        String parent = form.parent() == null || form.parent().isBlank() ? null : form.parent().trim();
        HelpCentre centre;
        if (adding) {
            centre = new HelpCentre(code, form.nameZh().trim(), form.nameEn().trim(), regions);
            em.persist(centre);
        } else {
            centre = em.find(HelpCentre.class, code);
            if (centre == null) {
                throw new IllegalArgumentException("no help centre " + code);
            }
        }
        centre.change(form.nameZh().trim(), form.nameEn().trim(), regions, parent,
                form.urgentPickupSeconds(), form.normalPickupSeconds());
        em.flush();
        centres = null;
        // read again once the change is committed too: a read by another thread between the flush and the
        // commit (the pick-up watch, a message being routed) would otherwise keep the old list for 30 s
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                centres = null;
            }
        });
        return centre;
    }

    private List<String> ancestors(String code) {
        List<String> seen = new java.util.ArrayList<>();
        Optional<String> up = Optional.ofNullable(code);
        while (up.isPresent() && !seen.contains(up.get())) {
            seen.add(up.get());
            up = byCode(up.get()).map(HelpCentre::parentCode);
        }
        return seen;
    }

    private static void name(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank() || value.trim().length() > 64) {
            errors.put(field, "1..64 characters");
        }
    }

    private static void seconds(Map<String, String> errors, String field, Integer value) {
        if (value != null && (value < 1 || value > MAX_PICKUP_SECONDS)) {
            errors.put(field, "1.." + MAX_PICKUP_SECONDS + " seconds, or empty for the default");
        }
    }

    /** @param code a centre code @return the centre, if it exists */
    public Optional<HelpCentre> byCode(String code) {
        return code == null ? Optional.empty() : all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return the default centre's code (regions {@code *}), HQ if none is marked */
    public String defaultCentre() {
        return all().stream().filter(HelpCentre::isDefault).map(HelpCentre::code).findFirst().orElse("HQ");
    }

    /**
     * @param text a worker's message
     * @return the centre serving the first place the text names that a centre serves (the most specific
     *         region prefix wins), if any
     */
    public Optional<String> centreForText(String text) {
        List<HelpCentre> centres = all();
        for (PlaceMention mention : gazetteer.findAll(text)) {
            if (mention.resolution() instanceof PlaceResolution.Found found) {
                Optional<HelpCentre> best = centres.stream().filter(c -> c.serves(found.place().code()) > 0)
                        .max(Comparator.comparingInt(c -> c.serves(found.place().code())));
                if (best.isPresent()) {
                    return Optional.of(best.get().code());
                }
            }
        }
        return Optional.empty();
    }
}
