/** Helpdesk use cases: the hand-off queue. Reads conversations only through conversation's api. */
package org.warmline.helpdesk.application;
