import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  courierEnv,
  CourierSandbox,
  launchChromium,
  STOREFRONT_LABELS,
  StorefrontShopper,
  waitFor,
} from '@getit/testing';
import { StorefrontFixture } from './storefront.fixture';

/** The embedded demo's Tangail vendor (apps/auth/src/application/demo-accounts.ts: published on purpose). */
const DEMO_VENDOR = {
  id: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
  phone: '01711000001',
  password: 'demo-Tangail-owner-2026',
};
const PATHAO_SECRET = `storefront-${randomUUID().slice(0, 8)}`;

/** The courier sandbox as its own process: its parcels, and the steps that send Pathao's webhooks. */
const sandbox = new CourierSandbox();

let fixture: StorefrontFixture;
let browser: Browser;

beforeAll(async () => {
  await sandbox.start();
  const couriers = await sandbox.config();
  // Shipping books Pathao (the courier sandbox) when the vendor packs, and hears it through the gateway.
  fixture = new StorefrontFixture({
    ...courierEnv(couriers, { couriers: ['pathao'], prefix: 'SHIPPING__' }),
    SHIPPING__PATHAO_WEBHOOK_SECRET: PATHAO_SECRET,
    SHIPPING__SHIPPING_BOOKING_INTERVAL_MS: '300',
  });
  await fixture.start();
  await sandbox.setWebhook('pathao', {
    url: `${fixture.origin}/api/webhooks/couriers/pathao`,
    secret: PATHAO_SECRET,
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
  await sandbox.stop();
});

async function api<T = any>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${fixture.origin}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function page(language: 'bn' | 'en'): Promise<Page> {
  const context = await browser.newContext({
    locale: language === 'bn' ? 'bn-BD' : 'en-US',
    viewport: { width: 390, height: 844 },
  });
  return context.newPage();
}

describe('order tracking on the storefront (embedded mode, courier sandbox, Chromium)', () => {
  it('a guest sees on the order page that their package is out for delivery, in Bangla and English', async () => {
    // A guest buys one of the Tangail vendor's products with cash on delivery, in the browser.
    const { items } = await api<{ items: { slug: string; priceMin?: number }[] }>(
      'GET',
      `/api/products?vendorId=${DEMO_VENDOR.id}&inStock=true&limit=5&sort=price_asc`,
    );
    const bn = await page('bn');
    const guest = new StorefrontShopper(bn, fixture.origin, STOREFRONT_LABELS.bn);
    await bn.goto(`${fixture.origin}/bn/p/${items[0]!.slug}`);
    await guest.addToCart();
    await bn.goto(`${fixture.origin}/bn/cart`);
    await guest.checkout(/ক্যাশ অন ডেলিভারি/);
    const orderUrl = await guest.orderPage();
    expect(await guest.settledStatus()).toBe(STOREFRONT_LABELS.bn.confirmed);
    const orderId = new URL(orderUrl).pathname.split('/').at(-1)!;
    // Nothing reached a courier yet: no tracking on the page.
    expect(await bn.getByTestId('order-tracking').count()).toBe(0);

    // The vendor packs; shipping books Pathao; the courier picks the parcel up and sends it out.
    const order = await api<{ packages: { id: string; vendorId: string }[] }>(
      'GET',
      `/api/orders/${orderId}`,
    );
    const pkg = order.packages[0]!;
    const vendor = await api<{ accessToken: string }>('POST', '/api/auth/login', {
      identifier: DEMO_VENDOR.phone,
      password: DEMO_VENDOR.password,
    });
    await api(
      'POST',
      `/api/vendors/${pkg.vendorId}/packages/${pkg.id}/transitions`,
      { action: 'pack' },
      vendor.accessToken,
    );
    const parcel = await waitFor(
      'Pathao booked',
      async () => (await sandbox.parcels('pathao')).find((entry) => entry.merchantRef === pkg.id),
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    for (const step of ['picked', 'out_for_delivery']) {
      const sent = await sandbox.step('pathao', parcel.id, step);
      expect({ step, statuses: sent.deliveries.map((d) => d.status) }).toEqual({ step, statuses: [202] });
    }

    // The shopper comes back to the order page.
    await bn.goto(orderUrl);
    const tracking = bn.getByTestId('order-tracking');
    await tracking.waitFor();
    expect(await tracking.getByRole('heading', { level: 2 }).textContent()).toBe('ট্র্যাকিং');
    expect(await tracking.getByTestId('tracking-status').textContent()).toBe('ডেলিভারির জন্য বের হয়েছে');
    expect(await tracking.textContent()).toContain(`পাঠাও, কনসাইনমেন্ট ${parcel.id}`);
    const steps: string[] = [];
    for (const step of await tracking.locator('ol li').all()) {
      const [text, time] = [await step.textContent(), await step.locator('time').textContent()];
      steps.push(text!.slice(time!.length).trim());
    }
    expect(steps).toEqual(['কুরিয়ারে বুক করা হয়েছে', 'কুরিয়ার সংগ্রহ করেছে', 'ডেলিভারির জন্য বের হয়েছে']);
    // times in Bengali digits, as the rest of the page
    expect(await tracking.locator('ol li time').first().textContent()).toMatch(/[০-৯]/);

    const en = await page('en');
    await en.goto(orderUrl.replace('/bn/', '/en/'));
    const inEnglish = en.getByTestId('order-tracking');
    await inEnglish.waitFor();
    expect(await inEnglish.getByTestId('tracking-status').textContent()).toBe('Out for delivery');
    expect(await inEnglish.locator('ol li').last().textContent()).toMatch(/Out for delivery$/);
    await bn.context().close();
    await en.context().close();
  }, 240_000);
});
