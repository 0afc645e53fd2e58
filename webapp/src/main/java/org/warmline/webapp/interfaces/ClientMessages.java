package org.warmline.webapp.interfaces;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes an exception's message fit for a client: an unknown enum value reads "unknown value FOO for
 * status; one of NEW, OPEN …", and no fully qualified Java class name ever leaves the server.
 */
public final class ClientMessages {

    private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("No enum constant ((?:[\\w$]+\\.)+[\\w$]+)\\.(.*)",
            Pattern.DOTALL);

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?:[A-Z][\\w]*[.$])*([A-Z][\\w]*)");

    private ClientMessages() {
    }

    /**
     * @param message an exception's message, may be null
     * @return the message as a client may read it: unknown enum values named with the allowed ones,
     *         class names reduced to nothing Java-specific; null stays null
     */
    public static String of(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = NO_ENUM_CONSTANT.matcher(message.strip());
        if (m.matches()) {
            String type = m.group(1);
            String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
            String field = simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
            Class<?> enumType = enumClass(type);
            String allowed = enumType == null ? "" : "; one of " + Arrays.stream(enumType.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return "unknown value " + m.group(2) + " for " + field + allowed;
        }
        return QUALIFIED.matcher(message).replaceAll("$1");
    }

    /** @return the enum named like "a.b.Outer.Inner" (nested names joined with dots), or null */
    private static Class<?> enumClass(String dotted) {
        String name = dotted;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        while (true) {
            try {
                Class<?> c = Class.forName(name, false, loader == null ? ClientMessages.class.getClassLoader() : loader);
                return c.isEnum() ? c : null;
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return null;
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
    }
}
