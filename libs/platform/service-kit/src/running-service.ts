import type { Pool } from 'pg';
import { EventTransport } from '@getit/messaging';

/** A started service, in its own process or inside the embedded host. */
export interface RunningService {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** What the embedded host shares between the services it runs in its process. */
export interface SharedInfrastructure {
  transport?: EventTransport;
  pool?: Pool;
}

/** What the embedded host hands each service it starts in its process. */
export interface EmbeddedServiceOptions extends SharedInfrastructure {
  env: Record<string, string | undefined>;
}

/** The shape of each service's `embedded.ts`, which the embedded host loads by path. */
export interface ServiceEntry {
  start(options: EmbeddedServiceOptions): Promise<RunningService>;
}
