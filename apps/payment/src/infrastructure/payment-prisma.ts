export { PrismaClient as PaymentPrismaClient } from './prisma/generated/client';
export type {
  PaymentIntent as PaymentIntentRow,
  PaymentPackage as PaymentPackageRow,
  PaymentStatusChange as PaymentStatusChangeRow,
} from './prisma/generated/client';
import type { PrismaClient } from './prisma/generated/client';

/** The transaction client Prisma hands to interactive transactions. */
export type PaymentTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
