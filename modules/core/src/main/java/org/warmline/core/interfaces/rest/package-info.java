/** HTTP helpers shared by every module's resources (problem+json). No resources live here. */
package org.warmline.core.interfaces.rest;
