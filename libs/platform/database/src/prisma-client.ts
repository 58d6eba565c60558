import { PrismaPg } from '@prisma/adapter-pg';
import type { Pool } from 'pg';
import { statementNames } from './statement-names';
import { attachTransactionPlans } from './transaction-plan';

export interface PrismaClientOptions {
  url: string;
  /** Connections in this process's pool; keep replicas × poolMax under the server's max_connections. */
  poolMax?: number;
  applicationName?: string;
  /** Postgres schema holding the service's tables: `public` for a database of its own (the default). */
  schema?: string;
  /**
   * A pool shared with other clients instead of one of its own. The embedded mode passes one single-connection
   * pool to every service: PGlite is a single Postgres session, and one connection keeps each query's protocol
   * messages and each transaction together.
   */
  pool?: Pool;
}

/** What every generated Prisma client shares, so platform code can run SQL and transactions on any service's. */
export interface SqlClient {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}
export interface TransactionalSqlClient extends SqlClient {
  $transaction<R>(
    fn: (tx: SqlClient) => Promise<R>,
    options?: { timeout?: number; maxWait?: number },
  ): Promise<R>;
  $disconnect(): Promise<void>;
}

type ClientConstructor<T> = new (options: { adapter: PrismaPg }) => T;

/** Builds a service's generated Prisma client on the pg driver adapter (no native engine needed). */
export function createPrismaClient<T>(Client: ClientConstructor<T>, options: PrismaClientOptions): T {
  const adapter = new PrismaPg(
    options.pool ?? {
      connectionString: options.url,
      max: options.poolMax ?? 10,
      application_name: options.applicationName,
    },
    {
      ...(options.schema && options.schema !== 'public' ? { schema: options.schema } : {}),
      // prepared once per connection (statement-names.ts); not on a shared single-session pool (the embedded
      // mode's PGlite), whose one session all services share
      ...(options.pool ? {} : { statementNameGenerator: statementNames() }),
    },
  );
  // transaction plans (the unit of work's first and last statement sent with BEGIN and COMMIT) need the pool the
  // adapter opens, which it creates only on connect
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connected = await connect();
    attachTransactionPlans(connected.underlyingDriver() as Pool);
    return connected;
  };
  return new Client({ adapter });
}
