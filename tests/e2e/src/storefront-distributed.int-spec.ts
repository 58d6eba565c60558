import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import {
  launchChromium,
  ServiceProcess,
  STOREFRONT_LABELS,
  startStorefrontServer,
  StorefrontShopper,
  waitFor,
} from '@getit/testing';
import { CheckoutFixture, send } from './checkout.fixture';

jest.setTimeout(600_000);

/**
 * The storefront's cash-on-delivery journey against the distributed set: catalog, search, inventory, shipping, order
 * and payment as separate processes on real Postgres and Kafka, the gateway in front, the storefront's standalone
 * server rendering from that gateway, and Chromium driving it as a guest would.
 */
describe('storefront against the distributed services (Chromium, real Kafka)', () => {
  const f = new CheckoutFixture();
  let storefront: ServiceProcess;
  let browser: Browser;

  beforeAll(async () => {
    await f.start();
    // Two vendors, each selling the demo saree (ঢাকাই জামদানি শাড়ি) from its own shop and warehouse.
    const vendors = [
      await f.stockedVendor({ name: 'Tangail Tant Ghar', slug: `tant-${randomUUID().slice(0, 6)}` }, 1, 5),
      await f.stockedVendor({ name: 'Jamdani House', slug: `jamdani-${randomUUID().slice(0, 6)}` }, 1, 5),
    ];
    const productIds = vendors.map((v) => v.variants[0]!.productId).sort();
    await waitFor(
      'search to index both sarees from catalog events',
      async () => {
        const found = await send('GET', f.api(`/search?q=${encodeURIComponent('শাড়ি')}&limit=10`));
        const ids = (found.body?.items ?? []).map((hit: { productId: string }) => hit.productId).sort();
        return JSON.stringify(ids) === JSON.stringify(productIds);
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    storefront = await startStorefrontServer(f.market.gateway.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await storefront?.stop();
    await f.stop();
  });

  it('a guest finds sarees by a Bangla query, buys from both vendors with cash on delivery and sees the order confirmed', async () => {
    const context = await browser.newContext({ locale: 'bn-BD', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const guest = new StorefrontShopper(page, storefront.url, STOREFRONT_LABELS.bn);
    await page.goto(`${storefront.url}/`);
    expect(new URL(page.url()).pathname).toBe('/bn');
    for (const nth of [0, 1]) {
      await page.goto(`${storefront.url}/bn`);
      await guest.findAndOpen('শাড়ি', nth);
      expect(await page.locator('h1').textContent()).toMatch(/শাড়ি/);
      await guest.addToCart();
    }

    await page.goto(`${storefront.url}/bn/cart`);
    expect(await page.getByTestId('package').count()).toBe(2);
    const charges = await page.getByTestId('delivery-charge').allTextContents();
    expect(charges).toEqual([expect.stringMatching(/^৳[০-৯,]+/), expect.stringMatching(/^৳[০-৯,]+/)]);

    await guest.checkout(/ক্যাশ অন ডেলিভারি/);
    await guest.orderPage();
    expect(await guest.settledStatus()).toBe('নিশ্চিত হয়েছে');
    expect(await page.getByTestId('order-package').count()).toBe(2);
    await context.close();
  });
});
