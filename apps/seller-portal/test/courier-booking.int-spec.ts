import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import {
  courierEnv,
  CourierSandbox,
  DEMO_DELIVERY,
  launchChromium,
  seriousAccessibilityViolations,
  waitFor,
} from '@getit/testing';
import { PortalFixture } from './portal.fixture';

const ROOT = join(__dirname, '../../..');
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
/** The demo gadget shop: its warehouse is in Dhaka, where the sandbox's Pathao and RedX have stores. */
const GADGETS = {
  phone: '01811000002',
  password: 'demo-Gadgets-owner-2026',
  vendorId: '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c',
  warehouse: 'Dhaka Gadgets, Elephant Road store',
};

const REDX_TOKEN = `portal-redx-${randomUUID().slice(0, 8)}`;

const sandbox = new CourierSandbox();
let fixture: PortalFixture;
let browser: Browser;

beforeAll(async () => {
  await sandbox.start();
  const couriers = await sandbox.config();
  fixture = new PortalFixture({
    ...courierEnv(couriers, { prefix: 'SHIPPING__' }),
    SHIPPING__SHIPPING_BOOKING_INTERVAL_MS: '500',
    SHIPPING__REDX_WEBHOOK_TOKEN: REDX_TOKEN,
  });
  await fixture.start();
  // RedX's status webhooks come back through the gateway with the token we gave it in the callback URL
  await sandbox.setWebhook('redx', {
    url: `${fixture.origin}/api/webhooks/couriers/redx?token=${REDX_TOKEN}`,
  });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await fixture?.stop();
  await sandbox.stop();
});

/** The text a PDF shows in its standard fonts (the labels' English lines), and its page sizes. */
async function readPdf(path: string): Promise<{ text: string; pages: { width: number; height: number }[] }> {
  const doc = await PDFDocument.load(await readFile(path));
  const texts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    let content = '';
    try {
      content = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    } catch {
      continue;
    }
    for (const match of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
      texts.push(Buffer.from(match[1]!, 'hex').toString('latin1'));
  }
  return { text: texts.join('\n'), pages: doc.getPages().map((page) => page.getSize()) };
}

/** A guest shopper's cash-on-delivery order of one of the shop's cheapest items, to Dhanmondi; its number. */
async function codOrder(): Promise<string> {
  return (await placeCodOrder()).orderNumber;
}

/** The same order: its id and number. */
async function placeCodOrder(): Promise<{ id: string; orderNumber: string }> {
  const { items } = await fixture.api<{ items: { id: string }[] }>(
    'GET',
    `/api/products?vendorId=${GADGETS.vendorId}&inStock=true&limit=20&sort=price_asc`,
  );
  const cart = await fixture.api<{ id: string }>('POST', '/api/carts');
  // the first variant in stock of the cheapest products (a product in stock may have a sold-out variant)
  let added = false;
  for (const item of items) {
    const product = await fixture.api<{ variants: { id: string }[] }>('GET', `/api/products/${item.id}`);
    for (const variant of product.variants) {
      const line = await fetch(`${fixture.origin}/api/carts/${cart.id}/lines/${variant.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ quantity: 1 }),
      });
      if (line.ok) added = true;
      if (added) break;
    }
    if (added) break;
  }
  if (!added) throw new Error('no variant of the gadget shop is in stock');
  const response = await fetch(`${fixture.origin}/api/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      cartId: cart.id,
      paymentMethod: 'cod',
      address: DEMO_DELIVERY,
    }),
  });
  if (response.status !== 201) throw new Error(`placing the order answered ${response.status}`);
  let order = (await response.json()) as { id: string; orderNumber: string; status: string };
  for (let attempt = 0; attempt < 10 && order.status === 'pending_payment'; attempt += 1)
    order = await fixture.api('GET', `/api/orders/${order.id}?waitMs=5000`);
  if (order.status !== 'confirmed') throw new Error(`order ${order.orderNumber} is ${order.status}`);
  return { id: order.id, orderNumber: order.orderNumber };
}

/** The gadget shop's owner signed in to the seller portal in English, in a context of its own. */
async function signedIn(options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  await context.addInitScript(() => window.localStorage.setItem('getit.seller.locale', 'en'));
  const page = await context.newPage();
  await page.goto(`${fixture.origin}/seller/sign-in`);
  await page.getByLabel('Mobile number').fill(GADGETS.phone);
  await page.getByLabel(/^Password$/).fill(GADGETS.password);
  await page.getByRole('button', { name: /^Sign in$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  return page;
}

/** The current screen in English, then in Bangla through the header's switch, then back (README's screenshots). */
async function screenshotBoth(page: Page, name: string, inBangla?: () => Promise<void>): Promise<void> {
  for (const [language, button, next] of [
    ['en', 'বাংলা', 'bn'],
    ['bn', 'English', 'en'],
  ] as const) {
    await page.waitForLoadState('networkidle');
    if (language === 'bn') await inBangla?.();
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${language}.png`), fullPage: true });
    await page.getByRole('button', { name: button }).click();
    await page.locator(`html[lang="${next}"]`).waitFor();
  }
}

async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect({ url: page.url(), violations: await seriousAccessibilityViolations(page) }).toEqual({
    url: page.url(),
    violations: [],
  });
}

describe('a vendor books couriers and prints labels in the seller portal (Chromium, courier sandbox)', () => {
  it('registers its warehouse with the couriers, books one package with the courier it picked at the price shown, prints its label, then books the rest of the queue and prints two labels on one sheet', async () => {
    const orders = [await codOrder(), await codOrder(), await codOrder()];
    const page = await signedIn({ acceptDownloads: true });

    // 1. courier settings: the warehouse becomes a pickup point with a Pathao and a RedX store; packing waits
    await page.getByRole('navigation').getByRole('link', { name: 'Couriers' }).click();
    await page.getByLabel(`Pickup phone for ${GADGETS.warehouse}`).fill('01811000002');
    await page.getByRole('button', { name: `Use ${GADGETS.warehouse} as pickup point` }).click();
    const stores = page.getByTestId('courier-stores');
    await stores.filter({ hasText: 'RedX store' }).waitFor();
    const redxStore = /RedX store (\d+)/.exec((await stores.textContent())!)![1]!;
    expect(await stores.textContent()).toMatch(/^Pathao store \d+ · RedX store \d+$/);
    await page.getByLabel('Pickup warehouse').selectOption({ label: GADGETS.warehouse });
    await page.getByLabel('Book the courier as soon as I mark a package packed').uncheck();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save courier settings' }).click();
    await page.getByText('Courier settings saved.').waitFor();
    await screenshotBoth(page, 'seller-couriers');

    // 2. the vendor packs the three packages: they wait in the courier queue with each courier's price
    await page.getByRole('navigation').getByRole('link', { name: 'Packages' }).click();
    await page.getByRole('button', { name: 'To pack' }).click();
    for (const order of orders) {
      await page.getByRole('button', { name: `Mark ${order} packed` }).click();
      await page.getByRole('button', { name: `Mark ${order} packed` }).waitFor({ state: 'detached' });
    }
    const queue = page.getByTestId('courier-queue');
    // shipping learns of the packing from order's events
    await waitFor(
      'the three packages in the courier queue',
      async () => {
        if (await queue.getByRole('button', { name: `Book ${orders[2]}` }).isVisible()) return true;
        await page.reload();
        await page.waitForLoadState('networkidle');
        return false;
      },
      { timeoutMs: 60_000, intervalMs: 1_000 },
    );
    const choice = queue.getByLabel(`Courier for ${orders[0]}`);
    const offered = (await choice.locator('option').allTextContents()).map((text) => text.trim());
    expect(offered).toEqual([
      expect.stringMatching(/^Let GetIt choose \((Pathao|Steadfast|RedX), ৳[\d,]+\)$/),
      expect.stringMatching(/^Pathao, ৳[\d,]+$/),
      expect.stringMatching(/^Steadfast, ৳[\d,]+$/),
      expect.stringMatching(/^RedX, ৳[\d,]+$/),
    ]);
    await expectAccessible(page);

    // 3. book the first with RedX: booked from the warehouse's RedX store, and its label names the consignment
    // in Bangla the recipients' district is named in Bangla (Dhaka: ঢাকা), as on the storefront
    await screenshotBoth(page, 'seller-courier-queue', async () => {
      await queue
        .getByText(/, ঢাকা$/)
        .first()
        .waitFor();
      expect(await queue.getByText(/, Dhaka$/).count()).toBe(0);
    });
    await choice.selectOption('redx');
    await queue.getByRole('button', { name: `Book ${orders[0]}` }).click();
    await page.getByTestId('booking-result').filter({ hasText: '1 package booked.' }).waitFor();
    const firstRow = queue.getByTestId('courier-queue-table-row').filter({ hasText: orders[0]! });
    const consignment = (await firstRow.getByTestId('consignment').textContent())!;
    const redxId = /RedX · (\S+)/.exec(consignment)![1]!;
    const parcels = await sandbox.parcels('redx');
    expect(parcels.find((parcel) => parcel.id === redxId)).toMatchObject({ storeId: redxStore });
    const [single] = await Promise.all([
      page.waitForEvent('download'),
      firstRow.getByRole('button', { name: `Print label of ${orders[0]}` }).click(),
    ]);
    const label = await readPdf((await single.path())!);
    expect(label.text).toContain(redxId);
    expect(label.pages).toHaveLength(1);

    // 4. book the rest of the queue in one action with the marketplace's choice, then print both on one A4 sheet
    await queue.getByRole('button', { name: 'Book all 2 waiting packages' }).click();
    await page.getByTestId('booking-result').filter({ hasText: '2 packages booked.' }).waitFor();
    const ids: string[] = [];
    for (const order of orders.slice(1)) {
      const row = queue.getByTestId('courier-queue-table-row').filter({ hasText: order });
      ids.push(/ · (\S+) · /.exec((await row.getByTestId('consignment').textContent())!)![1]!);
      await row.getByLabel(`Choose ${order} for printing`).check();
    }
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      queue.getByRole('button', { name: 'Print labels of 2 packages' }).click(),
    ]);
    const labels = await readPdf((await sheet.path())!);
    expect(labels.pages).toEqual([{ width: expect.closeTo(595.28, 0), height: expect.closeTo(841.89, 0) }]);
    for (const id of ids) expect(labels.text).toContain(id);
    await page.context().close();
  });

  it('confirms a parcel RedX returned: the vendor checks what came back and sees the return received', async () => {
    // one of the packages the previous case booked with RedX comes back to the shop
    const [parcel] = await sandbox.parcels('redx');
    await sandbox.step('redx', parcel!.id, 'picked');
    await sandbox.step('redx', parcel!.id, 'returned');
    const { accessToken } = await fixture.api<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
      identifier: GADGETS.phone,
      password: GADGETS.password,
    });
    const path = `/api/vendors/${GADGETS.vendorId}/packages/${parcel!.merchantRef}/return`;
    await waitFor('shipping to await the return', async () => {
      const view = await fixture.api<{ awaitingReceipt: boolean }>('GET', path, accessToken);
      return view.awaitingReceipt;
    });
    const { items } = await fixture.api<{ items: { id: string; orderId: string; orderNumber: string }[] }>(
      'GET',
      `/api/vendors/${GADGETS.vendorId}/packages?limit=50`,
      accessToken,
    );
    const pkg = items.find((item) => item.id === parcel!.merchantRef)!;

    const page = await signedIn();
    await page.goto(`${fixture.origin}/seller/orders/${pkg.orderId}/shipment`);
    await page.getByTestId('shipment-status').filter({ hasText: 'Returned' }).waitFor();
    const form = page.getByRole('form', { name: 'Confirm return received' });
    const quantity = form.getByLabel(/how many came back \(of 1\)$/);
    expect(await quantity.inputValue()).toBe('1');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Confirm return received' }).click();
    await page.getByTestId('return-status').filter({ hasText: 'Return received' }).waitFor();
    const receipt = page.getByTestId('return-receipt');
    expect(await receipt.textContent()).toMatch(/You confirmed the return on .+\. Goods back: ৳[\d,]+\./);
    expect(
      await receipt.getByRole('list', { name: 'Items that came back' }).getByRole('listitem').count(),
    ).toBe(1);
    await expectAccessible(page);
    await page.context().close();
  });

  it('tells the vendor on the shipment page that Pathao has not taken a booking yet and that GetIt keeps trying, in English and Bangla', async () => {
    await sandbox.setDown('pathao', true);
    try {
      const order = await placeCodOrder();
      const page = await signedIn();
      await page.getByRole('navigation').getByRole('link', { name: 'Packages' }).click();
      await page.getByRole('button', { name: 'To pack' }).click();
      await page.getByRole('button', { name: `Mark ${order.orderNumber} packed` }).click();
      await page
        .getByRole('button', { name: `Mark ${order.orderNumber} packed` })
        .waitFor({ state: 'detached' });
      const queue = page.getByTestId('courier-queue');
      await waitFor(
        'the package in the courier queue',
        async () => {
          if (await queue.getByRole('button', { name: `Book ${order.orderNumber}` }).isVisible()) return true;
          await page.reload();
          await page.waitForLoadState('networkidle');
          return false;
        },
        { timeoutMs: 60_000, intervalMs: 1_000 },
      );
      await queue.getByLabel(`Courier for ${order.orderNumber}`).selectOption('pathao');
      await queue.getByRole('button', { name: `Book ${order.orderNumber}` }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: `${order.orderNumber}: Pathao did not take the booking yet` })
        .waitFor();

      await page.goto(`${fixture.origin}/seller/orders/${order.id}/shipment`);
      const delay = page.getByTestId('booking-delay');
      await delay.waitFor();
      expect(await delay.textContent()).toMatch(
        /^The courier could not take the booking yet\. We keep trying by ourselves; you need not do anything\. Tries so far: \d+; next try: .+\.$/,
      );
      await expectAccessible(page);
      await screenshotBoth(page, 'seller-shipment-booking-delay', async () => {
        expect(await delay.textContent()).toMatch(
          /আমরা নিজে থেকেই আবার চেষ্টা করছি; আপনাকে কিছু করতে হবে না। এ পর্যন্ত চেষ্টা: [0-9০-৯]+; পরের চেষ্টা: .+।$/,
        );
      });
      await page.context().close();
    } finally {
      await sandbox.setDown('pathao', false);
    }
  });
});
