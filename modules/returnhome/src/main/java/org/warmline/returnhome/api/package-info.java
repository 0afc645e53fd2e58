/**
 * The only package other modules may import from returnhome: the dialog's intake of trip requests,
 * seat offers and trip questions ({@code ReturnHomeIntake}), a worker's changes to their request
 * ({@code WorkerTripChanges}), their records, and the {@code PassengerNotices} port that tripnotices
 * implements.
 */
package org.warmline.returnhome.api;
