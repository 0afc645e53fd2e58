/**
 * Automatic trip planning (issue 6, item 5) as a domain port: demands in, proposed vehicles out. No
 * solver code here; {@code infrastructure.planning} implements it with Timefold Solver.
 */
package org.warmline.returnhome.domain.planning;
