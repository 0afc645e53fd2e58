package org.warmline.returnhome.domain;

/**
 * How a passenger's name shows before a coordinator reveals the manifest: the first character and one
 * star per other character (王建国 → 王**), as Chinese services print a masked name. Personal data
 * rule of the project: masked in lists, in full only after an audited reveal.
 */
public final class PassengerNames {

    private PassengerNames() {
    }

    /**
     * @param name a name as given, or null
     * @return the masked name (王建国 → 王**, Li Lei → L*****), or null for null
     */
    public static String masked(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
