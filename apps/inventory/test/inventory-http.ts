import { randomUUID } from 'node:crypto';

export interface Caller {
  vendorId?: string;
  roles?: string[];
  actorId?: string;
}

export interface ApiResponse {
  status: number;
  body: any;
  contentType: string;
}

/** Calls a started inventory service as the gateway would: identity in x-actor-* / x-vendor-id headers. */
export class InventoryHttp {
  constructor(readonly baseUrl: string) {}

  async call(
    method: string,
    path: string,
    options: { body?: unknown; as?: Caller } = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = { 'x-correlation-id': `test-${randomUUID().slice(0, 8)}` };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.as) {
      headers['x-actor-id'] = options.as.actorId ?? randomUUID();
      headers['x-actor-roles'] = (options.as.roles ?? ['vendor:owner']).join(',');
      if (options.as.vendorId) headers['x-vendor-id'] = options.as.vendorId;
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      contentType: response.headers.get('content-type') ?? '',
    };
  }
}
