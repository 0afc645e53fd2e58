/**
 * Trip requests and trips with their rules (party size and lifecycle, capacity, party kept together,
 * seat release to the waitlist, changes a trip allows), place-code rules, masked names, and the texts
 * passengers read. JPA annotations only, no CDI or JAX-RS.
 */
package org.warmline.returnhome.domain;
