export { PrismaClient as SearchPrismaClient } from './prisma/generated/client';
import type { PrismaClient } from './prisma/generated/client';

export type SearchTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
