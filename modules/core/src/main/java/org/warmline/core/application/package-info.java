/**
 * Core use cases other modules call: worker and staff directories, help centres and centre scopes, the
 * audit log, place suggestions, the {@code WorkerFileSource} port of a worker's file, and the
 * {@code SchemaReady} start-up event. CDI beans, transactional.
 */
package org.warmline.core.application;
