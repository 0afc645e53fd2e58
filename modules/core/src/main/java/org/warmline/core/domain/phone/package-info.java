/**
 * Phone numbers as E.164 value objects, parsed and validated with libphonenumber (default region CN),
 * and masked for display and logs. No persistence or framework code here.
 */
package org.warmline.core.domain.phone;
