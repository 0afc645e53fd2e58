package org.warmline.sms.infrastructure;

import java.util.Optional;
import java.util.logging.Logger;
import org.warmline.conversation.api.DeliveryReport;
import org.warmline.conversation.api.OutboundDispatch;
import org.warmline.conversation.api.OutboxRelay;
import org.warmline.sms.application.SmsTransport;

/**
 * The transport without Twilio credentials: nothing leaves the machine. A message "sent" gets a
 * MessageSid made from our id (so a repeated send is the same message) and is reported delivered at
 * once; the /simulator page shows it with its status.
 */
public class SimulatorSmsTransport implements SmsTransport {

    private static final Logger LOG = Logger.getLogger(SimulatorSmsTransport.class.getName());

    @Override
    public String name() {
        return "simulator";
    }

    /** @param messageId our id @return the simulator's MessageSid for it: SM + 32 hex digits */
    public static String sidOf(long messageId) {
        return String.format("SM%032x", messageId);
    }

    @Override
    public String send(OutboundDispatch message, String statusCallbackUrl) {
        LOG.fine(() -> "Simulator sends message " + message.id());
        return sidOf(message.id());
    }

    @Override
    public Optional<String> find(OutboundDispatch message) {
        return Optional.empty();
    }

    @Override
    public void afterAccepted(OutboundDispatch message, String providerId, OutboxRelay relay) {
        relay.report(new DeliveryReport(message.id(), providerId, "delivered", null, null, null));
    }
}
