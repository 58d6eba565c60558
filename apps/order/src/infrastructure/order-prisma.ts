export { PrismaClient as OrderPrismaClient } from './prisma/generated/client';
import type { PrismaClient } from './prisma/generated/client';

/** The transaction client Prisma hands to interactive transactions. */
export type OrderTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
