import type { FastifyInstance } from 'fastify';
import type { ParcelStep } from './courier';
import type { Parcel } from './parcel';

/** What every courier simulator offers the server and the control API. */
export interface CourierSimulator {
  register(app: FastifyInstance): Promise<void>;
  /** The merchant-facing base URL (for config views). */
  baseUrl(origin: string): string;
  /** The webhook body this courier sends for a step, or undefined when it sends none for it. */
  webhookFor(parcel: Parcel, step: ParcelStep, now: string): Record<string, unknown> | undefined;
  clear(): void;
}
