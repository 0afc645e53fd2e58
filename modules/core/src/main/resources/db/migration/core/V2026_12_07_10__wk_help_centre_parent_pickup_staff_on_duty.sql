-- core (issue 10, "nobody unseen"): a help centre's parent (where its unseen conversations climb to;
-- HQ has none) and its own pick-up times in seconds (NULL = the defaults warmline.helpdesk.urgent-pickup
-- and warmline.helpdesk.normal-pickup); a staff user's on-duty switch (在岗 / 离岗), on by default.
ALTER TABLE wk_help_centre ADD COLUMN parent_code VARCHAR(32);
ALTER TABLE wk_help_centre ADD COLUMN urgent_pickup_seconds INTEGER;
ALTER TABLE wk_help_centre ADD COLUMN normal_pickup_seconds INTEGER;
UPDATE wk_help_centre SET parent_code = 'HQ' WHERE code IN ('AH', 'GD');

ALTER TABLE wk_staff_user ADD COLUMN on_duty BOOLEAN DEFAULT TRUE NOT NULL;
