package org.warmline.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warmline.core.domain.centre.HelpCentre;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.PlaceMention;
import org.warmline.core.domain.place.PlaceResolution;

/** Help centres (owner of {@code wk_help_centre}) and which one serves a place or a message. */
@ApplicationScoped
@Transactional
public class HelpCentres {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    /**
     * Centres come only from migrations (there is no call that changes them while the server runs),
     * so they are read once: routing a message asked the database for them on every message.
     */
    private volatile List<HelpCentre> centres;

    /** @return all centres, by code (read once per server start; read-only, do not change them) */
    public List<HelpCentre> all() {
        List<HelpCentre> known = centres;
        if (known == null) {
            known = List.copyOf(em.createQuery("select c from HelpCentre c order by c.code", HelpCentre.class)
                    .getResultList());
            centres = known;
        }
        return known;
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
