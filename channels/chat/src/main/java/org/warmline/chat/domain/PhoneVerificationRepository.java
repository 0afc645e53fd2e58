package org.warmline.chat.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warmline.core.domain.phone.PhoneNumber;

/** Where one-time codes are kept. */
public interface PhoneVerificationRepository {

    /** @param verification a new code to store */
    void add(PhoneVerification verification);

    /** @param phone a phone @param since a time @return when codes were sent to it since then */
    List<Instant> sentTo(PhoneNumber phone, Instant since);

    /** @param workerId a worker @param since a time @return when codes were sent for them since then */
    List<Instant> sentFor(long workerId, Instant since);

    /** @param workerId a worker @return their pending codes */
    List<PhoneVerification> pendingFor(long workerId);

    /**
     * @param workerId a worker
     * @return their newest code, locked for update (two tries at once count twice, never once)
     */
    Optional<PhoneVerification> newestForUpdate(long workerId);
}
