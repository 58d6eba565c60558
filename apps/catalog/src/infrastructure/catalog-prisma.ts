export { PrismaClient as CatalogPrismaClient, Prisma } from './prisma/generated/client';
import type { PrismaClient } from './prisma/generated/client';

/** The transaction client Prisma hands to interactive transactions. */
export type CatalogTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
