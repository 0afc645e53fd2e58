/** The only package other modules may import from legalaid. */
package org.warmline.legalaid.api;
