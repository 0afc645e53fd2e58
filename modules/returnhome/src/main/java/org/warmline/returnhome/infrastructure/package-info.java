/**
 * Technical adapters of returnhome: the trip-request repository (JPA), the Timefold planner and table exports
 * (CSV, XLSX). No use cases.
 */
package org.warmline.returnhome.infrastructure;
