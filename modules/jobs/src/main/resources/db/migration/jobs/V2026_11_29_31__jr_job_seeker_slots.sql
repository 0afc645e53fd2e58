-- jobs: what the dialog learned from a job seeker.
ALTER TABLE jr_job_seeker_request ADD COLUMN want VARCHAR(16);
ALTER TABLE jr_job_seeker_request ADD COLUMN trade VARCHAR(32);
ALTER TABLE jr_job_seeker_request ADD COLUMN location_code VARCHAR(6);
ALTER TABLE jr_job_seeker_request ADD COLUMN available_from DATE;
