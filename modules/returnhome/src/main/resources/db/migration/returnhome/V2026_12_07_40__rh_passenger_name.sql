-- returnhome (issue 10, item 6): the passenger's name as given, for the driver's manifest; optional,
-- entered by a coordinator. Personal data: shown in full only on a revealed manifest.
ALTER TABLE rh_trip_request ADD COLUMN passenger_name VARCHAR(40);
