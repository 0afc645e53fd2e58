/**
 * The one batching utility ({@link org.warmline.core.application.batch.BatchLanes}): keyed lanes on
 * managed threads that hand waiting work over in batches, in order per key, with a one-by-one fallback,
 * optional polling and an orderly shutdown. Plain Java, no CDI: callers pass their ManagedThreadFactory.
 */
package org.warmline.core.application.batch;
