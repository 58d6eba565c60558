export { runMigrations, type MigrationOptions } from './migration.runner';
export { withDatabaseName, ensureDatabaseExists } from './database-url';
export {
  createPrismaClient,
  type PrismaClientOptions,
  type SqlClient,
  type TransactionalSqlClient,
} from './prisma-client';
export {
  isDatabaseUnavailable,
  isUniqueViolation,
  isTransactionConflict,
  sqlStateOf,
} from './database-errors';
export { createSingleSessionPool, type SingleSessionPoolOptions } from './single-session.pool';
export { TransactionPlan, runWithTransactionPlan, attachTransactionPlans } from './transaction-plan';
