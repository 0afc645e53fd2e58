/**
 * Timefold Solver implementation of the planning port: plain planning classes (never the JPA
 * entities, whose woven fields the solver's cloning must not touch), the constraints, and the
 * decomposition that keeps 10,000 requests within a minute.
 */
package org.warmline.returnhome.infrastructure.planning;
