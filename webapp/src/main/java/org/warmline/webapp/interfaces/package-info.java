/** The WAR's HTTP wiring: the JAX-RS application and exception mappers. */
package org.warmline.webapp.interfaces;
