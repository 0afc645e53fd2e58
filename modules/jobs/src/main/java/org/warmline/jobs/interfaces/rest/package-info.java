/** Staff API of jobs: job seekers registered by the dialog ({@code /api/jobs/seekers}). */
package org.warmline.jobs.interfaces.rest;
