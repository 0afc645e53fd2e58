/**
 * HTTP helpers shared by every module's resources: problem+json (refusals and Bean Validation of forms), strict
 * {@code limit} parameters, and static page assets with ETags. No resources live here.
 */
package org.warmline.core.interfaces.rest;
