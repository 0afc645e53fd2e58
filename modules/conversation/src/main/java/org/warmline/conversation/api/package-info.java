/**
 * The only package channels and other modules may import from conversation: the {@code Channel} type,
 * the channels' front door ({@code InboundMessages}), the transactional outbox ({@code OutboundMessages}, {@code OutboxRelay},
 * {@code ChannelReceipts}), transcripts, search and dialog facts for staff, and the CDI events
 * {@code MessageStored}, {@code HandOffRequested} and {@code DeliveryChanged}.
 */
package org.warmline.conversation.api;
