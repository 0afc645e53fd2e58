/**
 * The WAR's HTTP wiring: the JAX-RS application, the exception mappers and the error page that answer
 * problem+json, the request-body checks, and {@code /ping}.
 */
package org.warmline.webapp.interfaces;
