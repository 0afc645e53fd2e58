/** Text rules shared by every channel (what a reply may contain). */
package org.warmline.core.domain.text;
