/** The only package other modules may import from returnhome: intake interface and records. */
package org.warmline.returnhome.api;
