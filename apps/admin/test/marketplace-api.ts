import { randomUUID } from 'node:crypto';
import * as OTPAuth from 'otpauth';

/** The embedded demo's super-admin (apps/auth/src/application/demo-accounts.ts: published on purpose). */
export const DEMO_ADMIN = {
  email: 'admin@demo.getit.com.bd',
  password: 'demo-Admin-pass-2026',
  totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
};
export const DEMO_VENDOR = {
  id: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
  phone: '01711000001',
  password: 'demo-Tangail-owner-2026',
};

const totp = new OTPAuth.TOTP({ secret: DEMO_ADMIN.totpSecret });
let lastStep = -1;

/**
 * A TOTP code auth has not seen yet: auth takes each 30-second step once per account (and the step either side),
 * so a second sign-in within the same step uses the next step's code, and a third waits for the clock.
 */
export async function freshTotp(): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, lastStep + 1);
    if (step <= now + 1) {
      lastStep = step;
      return totp.generate({ timestamp: step * 30_000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The gateway's API as the set-up of a browser test calls it: JSON in, JSON out, failures thrown with the body. */
export class MarketplaceApi {
  constructor(
    readonly origin: string,
    private readonly smsSink: (phone: string) => Promise<string>,
  ) {}

  async call<T = any>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<T> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** The demo admin's token with the second factor (a code another sign-in just used is retried with the next). */
  async adminToken(): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const pair = await this.call('POST', '/api/auth/login', {
          body: { identifier: DEMO_ADMIN.email, password: DEMO_ADMIN.password, totp: await freshTotp() },
        });
        return pair.accessToken;
      } catch (error) {
        if (attempt === 3 || !String(error).includes('already used')) throw error;
      }
    }
  }

  async vendorToken(): Promise<string> {
    const pair = await this.call('POST', '/api/auth/login', {
      body: { identifier: DEMO_VENDOR.phone, password: DEMO_VENDOR.password },
    });
    return pair.accessToken;
  }

  /** A new seller signs up by SMS code and applies; their application waits in the admins' queue. */
  async applyToSell(shopName: string, phone: string): Promise<{ vendorId: string; slug: string }> {
    await this.call('POST', '/api/auth/otp/request', { body: { phone } });
    const login = await this.call('POST', '/api/auth/otp/verify', {
      body: { phone, code: await this.smsSink(phone) },
    });
    const slug = `${shopName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`;
    const vendor = await this.call('POST', '/api/vendors/applications', {
      token: login.accessToken,
      body: {
        shopName,
        slug,
        businessAddress: {
          line1: 'Zindabazar Point, 2nd floor',
          division: 'Sylhet',
          district: 'Sylhet',
          postcode: '3100',
        },
        tradeLicenceNumber: 'SCC-2026-4471',
        ownerNid: '1990123456789',
        payout: { method: 'bkash', walletNumber: phone },
        documents: [
          { kind: 'trade-licence', url: 'https://docs.example.com.bd/sylhet-tea/licence.pdf' },
          { kind: 'nid-front', url: 'https://docs.example.com.bd/sylhet-tea/nid-front.jpg' },
        ],
      },
    });
    return { vendorId: vendor.id, slug };
  }

  /** The demo Tangail vendor submits a new saree; it waits in the moderation queue. */
  async submitProduct(title: string): Promise<string> {
    const token = await this.vendorToken();
    const sku = `ADM-${randomUUID().slice(0, 8)}`;
    const product = await this.call('POST', `/api/vendors/${DEMO_VENDOR.id}/products`, {
      token,
      body: {
        title: { en: title, bn: 'হাফ সিল্ক জামদানি শাড়ি' },
        description: { en: 'Hand-woven in Tangail.' },
        categorySlug: 'sarees',
        attributes: { saree_type: 'Jamdani', fabric: 'Half Silk' },
        variants: [
          { sku: `${sku}-R`, options: { colour: 'Red' }, price: { amountPoisha: 450_000 }, weightGrams: 600 },
          {
            sku: `${sku}-B`,
            options: { colour: 'Blue' },
            price: { amountPoisha: 470_000 },
            weightGrams: 600,
          },
        ],
        submitForReview: true,
      },
    });
    return product.id;
  }

  /**
   * A shopper buys one in-stock item of the demo vendor with cash on delivery; the vendor packs and hands it over
   * and operations record the delivery, so the cash is collected and the ledger holds it. Returns the order.
   */
  async deliveredCodOrder(
    adminToken: string,
  ): Promise<{ id: string; orderNumber: string; packageId: string }> {
    const { items } = await this.call(
      'GET',
      `/api/products?vendorId=${DEMO_VENDOR.id}&inStock=true&limit=20&sort=price_asc`,
    );
    const product = await this.call('GET', `/api/products/${items[0].id}`);
    const cart = await this.call('POST', '/api/carts');
    await this.call('PUT', `/api/carts/${cart.id}/lines/${product.variants[0].id}`, {
      body: { quantity: 1 },
    });
    const placed = await this.call('POST', '/api/orders', {
      headers: { 'idempotency-key': randomUUID() },
      body: {
        cartId: cart.id,
        paymentMethod: 'cod',
        address: {
          name: 'Rahima Akter',
          phone: '01712345678',
          division: 'Dhaka',
          district: 'Dhaka',
          area: 'Dhanmondi',
          postcode: '1209',
          street: 'House 12, Road 5',
        },
      },
    });
    let order = placed;
    for (let attempt = 0; attempt < 10 && order.status === 'pending_payment'; attempt += 1)
      order = await this.call('GET', `/api/orders/${placed.id}?waitMs=5000`);
    if (order.status !== 'confirmed') throw new Error(`order ${order.orderNumber} is ${order.status}`);
    const pkg = order.packages[0];
    const vendorToken = await this.vendorToken();
    const move = (action: string, token: string) =>
      this.call('POST', `/api/vendors/${pkg.vendorId}/packages/${pkg.id}/transitions`, {
        token,
        body: { action },
      });
    await move('pack', vendorToken);
    await move('hand_to_courier', vendorToken);
    await move('deliver', adminToken);
    // the payment service learns of the delivery from the order's events: wait until the cash is captured
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const { items: payments } = await this.call('GET', `/api/payments?orderId=${order.id}`, {
        token: adminToken,
      });
      if (payments[0]?.status === 'captured')
        return { id: order.id, orderNumber: order.orderNumber, packageId: pkg.id };
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the cash of order ${order.orderNumber} was never captured`);
  }
}
