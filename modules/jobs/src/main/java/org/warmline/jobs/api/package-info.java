/**
 * The only package other modules may import from jobs: the dialog's intake ({@code JobsIntake}) and
 * what the dialog learned ({@code JobSeekerIntake}).
 */
package org.warmline.jobs.api;
