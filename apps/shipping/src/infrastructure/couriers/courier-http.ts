import type { CourierName } from '../../domain/shipment/courier-name';
import { CourierUnavailableError } from './courier-booking.port';

/** JSON over HTTP with a timeout; 5xx and network failures become CourierUnavailableError (retried later). */
export async function courierCall<T>(
  courier: CourierName,
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: unknown },
  timeoutMs = 10_000,
): Promise<{ status: number; body: T }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: { accept: 'application/json', 'content-type': 'application/json', ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new CourierUnavailableError(courier, `${courier} unreachable: ${(error as Error).message}`);
  }
  const text = await response.text();
  if (response.status >= 500 || response.status === 429)
    throw new CourierUnavailableError(courier, `${courier} answered ${response.status}`);
  let body: T;
  try {
    body = JSON.parse(text) as T;
  } catch {
    throw new CourierUnavailableError(courier, `${courier} answered ${response.status} with no JSON`);
  }
  return { status: response.status, body };
}

/** A refusal (4xx): booking this package as asked will not work without a change. */
export class CourierRefusedError extends Error {
  constructor(
    readonly courier: CourierName,
    readonly status: number,
    readonly detail: unknown,
  ) {
    super(`${courier} refused the booking (${status}): ${JSON.stringify(detail).slice(0, 500)}`);
  }
}
