package org.warmline.sms.interfaces.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The simulator's access rule: this machine only, unless opened to the network. */
class SimulatorAccessTest {

    @Test
    void loopbackAddressesAreAllowed() {
        for (String address : new String[] {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1", "[::1]"}) {
            assertTrue(SimulatorAccess.allows(address, false, false), address);
        }
    }

    @Test
    void otherMachinesAreRefused() {
        for (String address : new String[] {"192.168.1.20", "10.0.0.5", "8.8.8.8", "fe80::1", "2001:db8::1",
                "0.0.0.0", "localhost", "", " ", "not an address"}) {
            assertFalse(SimulatorAccess.allows(address, false, false), address);
        }
        assertFalse(SimulatorAccess.allows(null, false, false), "no address");
    }

    @Test
    void aForwardedRequestIsRefusedEvenFromLoopback() {
        assertFalse(SimulatorAccess.allows("127.0.0.1", true, false), "a local proxy forwards other machines");
    }

    @Test
    void remoteSettingOpensTheSimulatorToEveryone() {
        assertTrue(SimulatorAccess.allows("192.168.1.20", false, true));
        assertTrue(SimulatorAccess.allows("127.0.0.1", true, true));
        assertTrue(SimulatorAccess.allows(null, false, true));
    }
}
