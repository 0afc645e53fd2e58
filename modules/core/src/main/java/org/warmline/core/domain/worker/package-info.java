/**
 * The worker as a person: identity by phone (E.164) and preferred language, how news reaches them
 * ({@code NoticeChannel}), and the {@code WorkersMerged} event when two workers turn out to be one. JPA
 * annotations only.
 */
package org.warmline.core.domain.worker;
