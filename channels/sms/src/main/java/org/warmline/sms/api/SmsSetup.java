package org.warmline.sms.api;

import java.nio.file.Path;

/** How the SMS channel is set up, for the start-up banner (no secrets here). */
public interface SmsSetup {

    /** @return the public base URL webhooks are signed against, without a trailing slash */
    String publicBaseUrl();

    /** @return true when no Twilio credentials are configured and the local token signs webhooks */
    boolean simulator();

    /** @return true when outgoing messages go through Twilio's REST API, false for the simulator transport */
    boolean twilioTransport();

    /** @return the file holding the simulator's local webhook token */
    Path simulatorTokenFile();
}
