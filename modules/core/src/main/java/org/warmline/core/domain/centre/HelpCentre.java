package org.warmline.core.domain.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A help centre (帮扶中心) and the regions it serves: GB/T 2260 code prefixes (2 digits a province,
 * 4 a city), or {@code *} for the default centre that takes everything no other centre serves.
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
