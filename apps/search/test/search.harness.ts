import { createEnvelope, EventPayload, EventType, topicOf } from '@getit/contracts';
import { InProcessTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase } from '@getit/testing';
import { startSearch } from '../src/search.host';

/** The search service on a fresh real-Postgres database, fed by an in-process bus the test publishes on. */
export interface SearchUnderTest {
  service: RunningService;
  /** Publishes an event as its producer would: on its topic, keyed by `key`. */
  publish<T extends EventType>(type: T, data: EventPayload<T>, key: string): Promise<void>;
  stop(): Promise<void>;
}

/** `env`: extra configuration for startSearch (SEARCH_ENGINE, OPENSEARCH_URL…); none for the Postgres index. */
export async function startSearchUnderTest(database: string, env: Record<string, string> = {}): Promise<SearchUnderTest> {
  const transport = new InProcessTransport();
  let db: TestDatabase | undefined;
  let service: RunningService | undefined;
  const stop = async () => {
    await service?.stop();
    await transport.close();
    await db?.drop();
  };
  try {
    db = await createTestDatabase(database);
    await transport.connect();
    service = await startSearch(
      { DATABASE_URL: db.url, MESSAGING_TRANSPORT: 'in-process', HOST: '127.0.0.1', PORT: String(await freePort()), LOG_LEVEL: 'silent', ...env },
      { transport },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const producer = (type: EventType) => type.slice(0, type.indexOf('.'));
  return {
    service,
    publish: (type, data, key) =>
      transport.publish([
        {
          topic: topicOf(type),
          key,
          value: JSON.stringify(createEnvelope(type, data, { producer: producer(type), correlationId: 't', key })),
          headers: {},
        },
      ]),
    stop,
  };
}
