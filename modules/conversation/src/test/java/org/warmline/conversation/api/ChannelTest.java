package org.warmline.conversation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.warmline.core.domain.worker.NoticeChannel;

/** Issue 11, point 3: the channel type, its stored codes and the converter that keeps old rows readable. */
class ChannelTest {

    private final ChannelConverter converter = new ChannelConverter();

    @Test
    void theCodesAreTheTextTheChannelColumnsHaveAlwaysHeld() {
        assertEquals("sms", Channel.SMS.code());
        assertEquals("chat", Channel.CHAT.code());
        assertEquals("sms", converter.convertToDatabaseColumn(Channel.SMS));
        assertEquals("chat", converter.convertToDatabaseColumn(Channel.CHAT));
    }

    @Test
    void storedRowsReadBackAsTheirChannel() {
        assertEquals(Channel.SMS, converter.convertToEntityAttribute("sms"));
        assertEquals(Channel.CHAT, converter.convertToEntityAttribute("chat"));
        assertNull(converter.convertToEntityAttribute(null));
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void everyChannelSurvivesTheRoundTripAndCodesAreUnique() {
        for (Channel c : Channel.values()) {
            assertEquals(c, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(c)));
            assertEquals(c, Channel.parse(c.code()));
            assertTrue(c.code().length() <= 16, "fits the VARCHAR(16) columns: " + c.code());
        }
        assertEquals(Channel.values().length,
                new HashSet<>(Arrays.stream(Channel.values()).map(Channel::code).toList()).size());
    }

    @Test
    void parsingIgnoresCaseAndSurroundingBlanks() {
        assertEquals(Channel.SMS, Channel.parse(" SMS "));
        assertEquals(Channel.CHAT, Channel.parse("Chat"));
    }

    @Test
    void anUnknownCodeIsAClearErrorNamingTheKnownChannels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Channel.parse("fax"));
        assertEquals("unknown channel 'fax'; known channels: sms, chat", e.getMessage());
        IllegalArgumentException stored = assertThrows(IllegalArgumentException.class,
                () -> converter.convertToEntityAttribute("wechat"));
        assertTrue(stored.getMessage().contains("'wechat'"), stored.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Channel.parse(null));
        assertThrows(IllegalArgumentException.class, () -> Channel.parse("  "));
    }

    @Test
    void theOldChatPrefixIsNotAChannel() {
        assertThrows(IllegalArgumentException.class, () -> Channel.parse("chat:"));
    }

    @Test
    void smsIsAddressedByPhoneAndSentByItsOwnSenderChatByItsIdAndTakenByThePage() {
        assertEquals(Channel.Address.PHONE, Channel.SMS.address());
        assertTrue(Channel.SMS.hasOwnSender());
        assertEquals(Channel.Address.CHAT_ID, Channel.CHAT.address());
        assertFalse(Channel.CHAT.hasOwnSender());
    }

    @Test
    void noticesGoOnTheChannelCoreNames() {
        assertEquals(Channel.SMS, Channel.forNotices(NoticeChannel.SMS));
        assertEquals(Channel.CHAT, Channel.forNotices(NoticeChannel.CHAT));
        for (NoticeChannel n : NoticeChannel.values()) {
            assertEquals(n.name().toLowerCase(java.util.Locale.ROOT), Channel.forNotices(n).code(),
                    "every notice channel of core has its channel");
        }
    }

    @Test
    void logsShowTheCode() {
        assertEquals("inbound sms", "inbound " + Channel.SMS);
    }
}
