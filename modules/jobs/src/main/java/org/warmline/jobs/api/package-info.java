/** The only package other modules may import from jobs. */
package org.warmline.jobs.api;
