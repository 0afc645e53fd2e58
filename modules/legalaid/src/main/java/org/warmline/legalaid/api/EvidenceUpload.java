package org.warmline.legalaid.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A file a worker sent, as the channel received it. The declared name and type are the sender's
 * words: legal aid never trusts them (the real type is read from the bytes).
 *
 * @param bytes        the file as received; a channel that stopped reading past
 *                     {@link CaseEvidence#MAX_BYTES} passes what it read (it is refused as too large)
 * @param declaredName the file name the sender gave, or null (MMS has none)
 * @param declaredType the type the sender declared (Content-Type, MediaContentTypeN), or null
 * @param channel      the channel's name (SMS, CHAT …), 1..16 characters
 * @param sourceRef    the channel's id of this file, unique per channel (MessageSid + ":" + index,
 *                     the chat's message id), 1..100 characters
 * @param receivedAt   when it arrived, UTC
 * @param legalIntake  whether the worker is telling the bot about a legal problem right now (the intake has not
 *                     recorded a consultation yet): the file is kept for the case the intake opens
 */
public record EvidenceUpload(byte[] bytes, String declaredName, String declaredType, String channel,
                             String sourceRef, Instant receivedAt, boolean legalIntake) {

    /**
     * @throws IllegalArgumentException if channel or sourceRef is blank or too long
     * @throws NullPointerException     if receivedAt is null
     */
    public EvidenceUpload {
        bytes = bytes == null ? new byte[0] : bytes;
        if (channel == null || channel.isBlank() || channel.length() > 16) {
            throw new IllegalArgumentException("a channel name of 1..16 characters is required");
        }
        if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 100) {
            throw new IllegalArgumentException("a source reference of 1..100 characters is required");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
