/**
 * The supervisors' raw conversation API ({@code /api/conversations}, audited); staff who work
 * conversations use helpdesk's API.
 */
package org.warmline.conversation.interfaces.rest;
