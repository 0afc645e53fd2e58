package org.warmline.conversation.api;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Channel} as its {@link Channel#code()} in a {@code VARCHAR(16)} column, so the
 * {@code channel} columns keep the text they held before the type existed ({@code sms}, {@code chat}) and
 * old rows read without a migration. Named with {@code @Convert} on each channel attribute (conversation's
 * messages and conversations, helpdesk's tickets); listed in conversation-orm.xml.
 */
@Converter
public class ChannelConverter implements AttributeConverter<Channel, String> {

    /** @param channel a channel, or null @return its code, or null */
    @Override
    public String convertToDatabaseColumn(Channel channel) {
        return channel == null ? null : channel.code();
    }

    /**
     * @param stored a stored code, or null
     * @return the channel, or null
     * @throws IllegalArgumentException for a code no {@link Channel} has (a row written by a newer version)
     */
    @Override
    public Channel convertToEntityAttribute(String stored) {
        return stored == null ? null : Channel.parse(stored);
    }
}
