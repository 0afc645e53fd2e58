/** JAX-RS resources of legalaid (staff API). */
package org.warmline.legalaid.interfaces.rest;
