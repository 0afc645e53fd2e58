-- returnhome: when a seat offer to this party could reach nobody (the worker opted out, or has neither a
-- phone nor a chat); shown to coordinators instead of an offer left OFFERED silently (issue 10, item 3).
ALTER TABLE rh_trip_request ADD COLUMN unreachable_at TIMESTAMP WITH TIME ZONE;
