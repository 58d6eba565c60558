import { BrowserFlag } from './online-callbacks.service';

/** Where the shopper's browser goes after a provider's callback: the storefront's page, told how it went. */
export class StorefrontReturn {
  constructor(private readonly baseUrl: string) {}

  /** `{STOREFRONT_RETURN_URL}?orderId=…&payment=success|failed|cancelled|pending` (its own query kept). */
  urlFor(orderId: string | null, flag: BrowserFlag): string {
    const url = new URL(this.baseUrl);
    if (orderId) url.searchParams.set('orderId', orderId);
    url.searchParams.set('payment', flag);
    return url.toString();
  }
}
