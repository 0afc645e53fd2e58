package org.warmline.core.domain.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A help centre (帮扶中心) and the regions it serves: GB/T 2260 code prefixes (2 digits a province,
 * 4 a city), or {@code *} for the default centre that takes everything no other centre serves; its
 * parent centre (issue 10: a conversation nobody at this centre picks up climbs there, then on to the
 * top centre) and its own pick-up times (null: the configured defaults).
 */
@Entity
@Table(name = "wk_help_centre")
public class HelpCentre {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 64)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    @Column(name = "regions", nullable = false, length = 400)
    private String regions;

    @Column(name = "parent_code", length = 32)
    private String parentCode;

    @Column(name = "urgent_pickup_seconds")
    private Integer urgentPickupSeconds;

    @Column(name = "normal_pickup_seconds")
    private Integer normalPickupSeconds;

    /** For JPA. */
    protected HelpCentre() {
    }

    /**
     * A centre as a migration or a test defines it (rows come from {@code wk_help_centre}).
     *
     * @param code    the centre's code, 1..32 characters (HQ, AH)
     * @param nameZh  Chinese name
     * @param nameEn  English name
     * @param regions comma-separated GB/T 2260 code prefixes, or {@code *} for the default centre
     * @throws IllegalArgumentException if the code or the regions are blank
     */
    public HelpCentre(String code, String nameZh, String nameEn, String regions) {
        if (code == null || code.isBlank() || code.length() > 32) {
            throw new IllegalArgumentException("centre code must be 1..32 characters");
        }
        if (regions == null || regions.isBlank()) {
            throw new IllegalArgumentException("a centre serves at least one region (or *)");
        }
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.regions = regions;
    }

    /** @return the centre's code, e.g. HQ, AH */
    public String code() {
        return code;
    }

    /** @return Chinese name */
    public String nameZh() {
        return nameZh;
    }

    /** @return English name */
    public String nameEn() {
        return nameEn;
    }

    /** @return the region code prefixes served ({@code *} for the default centre) */
    public List<String> regions() {
        return Arrays.stream(regions.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** @return the parent centre's code (where this centre's unseen conversations climb to), or null for the top */
    public String parentCode() {
        return parentCode;
    }

    /** @return this centre's own time to pick up an urgent conversation, in seconds, or null for the default */
    public Integer urgentPickupSeconds() {
        return urgentPickupSeconds;
    }

    /** @return this centre's own time to pick up any other conversation, in seconds, or null for the default */
    public Integer normalPickupSeconds() {
        return normalPickupSeconds;
    }

    /**
     * Changes what an admin may change (the code stays). Checked by {@code HelpCentres} first (names,
     * regions, parent without cycles, time ranges).
     *
     * @param nameZh              Chinese name
     * @param nameEn              English name
     * @param regions             comma-separated region prefixes, or {@code *}; not blank
     * @param parentCode          parent centre's code, or null for a top centre
     * @param urgentPickupSeconds seconds to pick up an urgent conversation, or null for the default
     * @param normalPickupSeconds seconds to pick up any other conversation, or null for the default
     * @throws IllegalArgumentException if the regions are blank
     */
    public void change(String nameZh, String nameEn, String regions, String parentCode,
                       Integer urgentPickupSeconds, Integer normalPickupSeconds) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        if (regions == null || regions.isBlank()) {
            throw new IllegalArgumentException("a centre serves at least one region (or *)");
        }
        this.regions = regions;
        this.parentCode = parentCode;
        this.urgentPickupSeconds = urgentPickupSeconds;
        this.normalPickupSeconds = normalPickupSeconds;
    }

    /** @return whether this is the default centre */
    public boolean isDefault() {
        return regions().contains("*");
    }

    /** @param placeCode a GB/T 2260 code @return the length of the longest prefix served that matches it, 0 if none */
    public int serves(String placeCode) {
        return regions().stream().filter(r -> !"*".equals(r) && placeCode != null && placeCode.startsWith(r))
                .mapToInt(String::length).max().orElse(0);
    }
}
