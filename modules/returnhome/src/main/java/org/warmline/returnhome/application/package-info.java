/**
 * Transactional use cases of returning home: trip requests (the api's intake, changes, a worker's
 * file), trips (publish, assign, cancel, check-in, deadlines), the demand board and planning, with
 * help centre scoping; and the refusals the staff API answers as problem+json.
 */
package org.warmline.returnhome.application;
