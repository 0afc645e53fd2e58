/**
 * Text rules shared by every channel and module: the danger words that send a message to a person at
 * once, and what a reply may contain ({@code SafeText}).
 */
package org.warmline.core.domain.text;
