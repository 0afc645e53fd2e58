/**
 * Core use cases other modules call: worker and staff directories, help centres and centre scopes, the
 * audit log, place suggestions, the {@code WorkerFileSource} port of a worker's file, the
 * {@code SchemaReady} start-up event, and the crash tests' {@code FaultPoints} (off unless configured).
 * CDI beans, transactional.
 */
package org.warmline.core.application;
