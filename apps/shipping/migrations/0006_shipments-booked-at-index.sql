-- Up Migration

-- Admins' courier performance by district (GET /admin/shipments/performance) picks shipments by the day they were
-- booked: without this it read every shipment ever made.
CREATE INDEX shipments_booked_at_idx ON shipments (booked_at);

-- Down Migration

DROP INDEX shipments_booked_at_idx;
