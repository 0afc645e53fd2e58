package org.warmline.chat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Chat ids are random 128-bit tokens; client message ids are scoped to their chat. */
class ChatIdTest {

    @Test
    void issuedIdsAre32HexDigitsAndNeverRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ChatId.random().value();
            assertTrue(id.matches("[0-9a-f]{32}"), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void malformedIdsAreRefused() {
        assertFalse(ChatId.isWellFormed("13800138000"));
        assertFalse(ChatId.isWellFormed("ABCDEF0123456789ABCDEF0123456789"));
        assertFalse(ChatId.isWellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> new ChatId("../../etc/passwd"));
    }

    @Test
    void sameClientMessageIdInTwoChatsIsTwoMessages() {
        String client = UUID.randomUUID().toString();
        String a = ChatId.random().channelMessageId(client);
        String b = ChatId.random().channelMessageId(client);
        assertNotEquals(a, b);
        assertTrue(a.length() <= 64, "fits conversation's 64-character channel message id");
    }

    @Test
    void clientMessageIdMustBeUuidLike() {
        ChatId id = ChatId.random();
        assertThrows(IllegalArgumentException.class, () -> id.channelMessageId(""));
        assertThrows(IllegalArgumentException.class, () -> id.channelMessageId("x".repeat(37)));
        assertThrows(IllegalArgumentException.class, () -> id.channelMessageId("a b"));
        assertThrows(IllegalArgumentException.class, () -> id.channelMessageId(null));
    }

    @Test
    void chatIdIsMaskedInLogs() {
        ChatId id = ChatId.random();
        assertFalse(id.toString().contains(id.value()));
        assertEquals("chat:" + id.value(), id.sender());
    }
}
