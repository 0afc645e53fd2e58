package org.warmline.sms.interfaces.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Who may use the SMS simulator: it shows any worker's transcript and one-time codes and lets its user
 * type as any worker, without signing in, so it answers only the machine it runs on — a request from a
 * loopback address that no proxy forwarded — unless {@code warmline.simulator.remote=true} opens it to
 * the network (a shared demo machine).
 */
public final class SimulatorAccess {

    /** The configuration key that opens the simulator to other machines. */
    public static final String REMOTE_KEY = "warmline.simulator.remote";

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:.%\\w]*:[0-9a-fA-F:.%\\w]*]?");

    private SimulatorAccess() {
    }

    /**
     * @param remoteAddress the connection's remote address (an IP literal), may be null
     * @param forwarded     whether the request carries a proxy's Forwarded or X-Forwarded-For header (a
     *                      proxy on this machine makes every caller look local)
     * @param remoteAllowed {@code warmline.simulator.remote}
     * @return whether the simulator may answer
     */
    public static boolean allows(String remoteAddress, boolean forwarded, boolean remoteAllowed) {
        if (remoteAllowed) {
            return true;
        }
        return !forwarded && isLoopback(remoteAddress);
    }

    /**
     * @param address an IP literal (IPv4, IPv6 with or without brackets), may be null
     * @return whether it is a loopback address; a host name (never looked up) or null is not
     */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !IP_LITERAL.matcher(address.strip()).matches()) {
            return false;
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
