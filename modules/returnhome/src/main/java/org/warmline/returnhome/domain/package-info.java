/** Trip requests and their rules (party size, lifecycle). JPA annotations only, no CDI or JAX-RS. */
package org.warmline.returnhome.domain;
