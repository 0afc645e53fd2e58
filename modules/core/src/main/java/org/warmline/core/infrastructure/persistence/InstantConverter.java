package org.warmline.core.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} fields as {@code TIMESTAMP WITH TIME ZONE} in UTC. Jakarta Persistence 3.1
 * (EclipseLink 4.0 in Payara 6) maps OffsetDateTime but not Instant (Instant arrives in JPA 3.2), so
 * without this EclipseLink would serialise Instants as bytes. Applied to every Instant attribute of
 * the persistence unit; listed in core-orm.xml.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    /** @param instant a point in time, or null @return the same point at UTC offset, or null */
    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** @param stored a stored timestamp, or null @return the point in time, or null */
    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
