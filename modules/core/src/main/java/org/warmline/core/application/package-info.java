/** Core use cases other modules call: worker directory, staff directory. CDI beans, transactional. */
package org.warmline.core.application;
