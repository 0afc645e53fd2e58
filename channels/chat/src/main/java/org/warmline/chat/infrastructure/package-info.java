/** JPA repositories of the chat channel's tables ({@code ch_*}); no other module's tables. */
package org.warmline.chat.infrastructure;
