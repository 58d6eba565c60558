import { SslcommerzCredentials } from './sslcommerz-credentials';

export type ApiConnect = 'DONE' | 'INVALID_REQUEST' | 'INACTIVE';

/** The store credentials every validator call carries as query parameters. */
export class SslcommerzStoreAuth {
  constructor(private readonly credentials: SslcommerzCredentials) {}

  /** DONE when the store id and password match; INVALID_REQUEST when either is missing; INACTIVE when wrong. */
  check(query: Record<string, string | undefined>): ApiConnect {
    const storeId = query['store_id'];
    const storePassword = query['store_passwd'];
    if (!storeId || !storePassword) return 'INVALID_REQUEST';
    const ok = storeId === this.credentials.storeId && storePassword === this.credentials.storePassword;
    return ok ? 'DONE' : 'INACTIVE';
  }
}
