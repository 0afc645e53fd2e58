/** JAX-RS resources of the conversation module (staff API). */
package org.warmline.conversation.interfaces.rest;
