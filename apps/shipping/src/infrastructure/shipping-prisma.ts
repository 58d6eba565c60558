export { PrismaClient as ShippingPrismaClient } from './prisma/generated/client';
export type {
  RateCard as RateCardRow,
  RateCardZone as RateCardZoneRow,
  PackageToShip as PackageToShipRow,
  Shipment as ShipmentRow,
  CourierEvent as CourierEventRow,
} from './prisma/generated/client';
import type { PrismaClient } from './prisma/generated/client';

/** The transaction client Prisma hands to interactive transactions. */
export type ShippingTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
