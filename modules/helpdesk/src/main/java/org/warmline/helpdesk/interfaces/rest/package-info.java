/** JAX-RS resources of helpdesk (staff API). */
package org.warmline.helpdesk.interfaces.rest;
