/** JAX-RS resources of returnhome: translate HTTP to service calls and DTO records, nothing more. */
package org.warmline.returnhome.interfaces.rest;
