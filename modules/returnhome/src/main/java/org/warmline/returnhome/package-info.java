/**
 * Returning home for Spring Festival: trip requests from the dialog, trips, planning, seat offers and
 * passenger notices. Coordinators see the demand board and group requests into trips by hand or with
 * Timefold Solver; offers not answered in time release their seats to the waitlist; workers and staff
 * change or cancel requests. Owns the {@code rh_} tables.
 */
package org.warmline.returnhome;
