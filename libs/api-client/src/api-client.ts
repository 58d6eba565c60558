import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/gateway-api';

export type GatewayPaths = paths;
export type ApiClient = Client<paths>;

/** The JSON body a route answers with on success (200 or 201). */
export type ApiResponse<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never;

/** The JSON body a route takes. */
export type ApiRequestBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export interface ApiClientOptions {
  /** The gateway origin, e.g. `http://127.0.0.1:3000`; paths in the document already start with `/api`. */
  baseUrl: string;
  /** Headers on every request: an `authorization` bearer token, `accept-language`, a correlation id. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** The one typed client every web app uses to call the gateway. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    headers: options.headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
