/**
 * Reminders to legal-aid staff of a case's legal deadlines ({@code la_deadline_reminder}); the rule that says when
 * one is due is {@code domain.deadline.ReminderRule}. JPA annotations only.
 */
package org.warmline.legalaid.domain.reminder;
