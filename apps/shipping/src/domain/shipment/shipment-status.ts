import type { SHIPMENT_STATUSES } from '@getit/contracts';

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
