/** JAX-RS resources of jobs (staff API). */
package org.warmline.jobs.interfaces.rest;
