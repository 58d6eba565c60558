import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchChromium,
  measurePage,
  seriousAccessibilityViolations,
  STOREFRONT_LABELS,
  StorefrontShopper,
} from '@getit/testing';
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

const BN = STOREFRONT_LABELS.bn;
const EN = STOREFRONT_LABELS.en;

/** Signs in on the account page with an SMS code read from auth's dev sink (English pages). */
async function signInByCode(page: Page, phone: string): Promise<void> {
  await page.goto(`${fixture.origin}/en/account`);
  const form = page.getByRole('form', { name: 'Sign in with an SMS code' });
  await form.getByLabel('Mobile number').fill(phone);
  await form.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('6-digit code').waitFor();
  await page.getByLabel('6-digit code').fill(await fixture.smsCode(phone));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('You are signed in.').waitFor();
}

/** axe-core on each path as this browser sees it; the serious and critical violations by path. */
async function accessibilityOf(page: Page, paths: string[]): Promise<Record<string, unknown[]>> {
  const found: Record<string, unknown[]> = {};
  for (const path of paths) {
    await page.goto(`${fixture.origin}${path}`);
    const violations = await seriousAccessibilityViolations(page);
    if (violations.length) found[path] = violations;
  }
  return found;
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
    const guest = new StorefrontShopper(page, fixture.origin, BN);
    await page.goto(fixture.origin);
    expect(new URL(page.url()).pathname).toBe('/bn');
    await screenshot(page, 'home-bn');
    await page.goto(`${fixture.origin}/en`);
    await screenshot(page, 'home-en');
    await page.goto(`${fixture.origin}/bn`);

    productPath = await guest.findAndOpen('শাড়ি', 0, 20_000);
    await page.goto(`${fixture.origin}/bn/search?q=${encodeURIComponent('শাড়ি')}`);
    // The category facet names categories as the catalog does, in Bangla here (not by their English slugs).
    expect(await page.locator('[data-facets="side"] [data-facet-option="category:sarees"]').textContent()).toMatch(/^শাড়ি[০-৯]/);
    await screenshot(page, 'search-bn');
    await page.goto(`${fixture.origin}/en/search?q=saree`);
    await screenshot(page, 'search-en');
    await page.goto(`${fixture.origin}${productPath}`);
    expect(await page.locator('h1').textContent()).toMatch(/শাড়ি/);
    await guest.addToCart();
    await screenshot(page, 'product-bn');
    await page.goto(`${fixture.origin}/en${productPath.slice(3)}`);
    await screenshot(page, 'product-en');
    await page.goto(`${fixture.origin}/bn`);
    await guest.findAndOpen('ওয়ালটন', 0, 20_000);
    await guest.addToCart();

    await page.goto(`${fixture.origin}/bn/cart`);
    const packages = page.getByTestId('package');
    expect(await packages.count()).toBe(2);
    for (const charge of await page.getByTestId('delivery-charge').allTextContents())
      expect(charge).toMatch(/^৳[০-৯,]+/);
    await screenshot(page, 'cart-bn');
    await page.goto(`${fixture.origin}/en/cart`);
    await screenshot(page, 'cart-en');
    await page.goto(`${fixture.origin}/bn/cart`);

    await guest.checkout(/ক্যাশ অন ডেলিভারি/);
    orderUrl = await guest.orderPage();
    expect(await guest.settledStatus()).toBe('নিশ্চিত হয়েছে');
    expect(await page.getByTestId('order-package').count()).toBe(2);
    await screenshot(page, 'order-bn');
    await page.goto(orderUrl.replace('/bn/', '/en/'));
    expect(await page.getByTestId('order-status').textContent()).toBe('Confirmed');
    await screenshot(page, 'order-en');
    await context.close();
  }, 240_000);

  it('a second guest pays with bKash on the sandbox page and comes back to a confirmed order', async () => {
    const { context, page } = await shopper('en');
    const guest = new StorefrontShopper(page, fixture.origin, EN);
    await page.goto(`${fixture.origin}${productPath.replace(/^\/bn/, '/en')}`);
    await guest.addToCart();
    await page.goto(`${fixture.origin}/en/cart`);
    await guest.checkout(/^bKash$/);
    await page.waitForURL(/\/bkash\/pay\//, { timeout: 60_000 });
    await page.getByRole('button', { name: /Confirm with PIN/ }).click();
    await page.waitForURL(/\/en\/checkout\/payment\?/, { timeout: 60_000, waitUntil: 'commit' });
    await page.getByTestId('order-status').waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('Payment received');
    expect(await guest.settledStatus()).toBe('Confirmed');
    await context.close();
  }, 180_000);

  it('a shopper signs in with an SMS code, the guest cart joins their account, and they find their order there', async () => {
    const { context, page } = await shopper('en');
    const buyer = new StorefrontShopper(page, fixture.origin, EN);
    await page.goto(`${fixture.origin}${productPath.replace(/^\/bn/, '/en')}`);
    await buyer.addToCart();
    await signInByCode(page, '01812345678');
    await page.goto(`${fixture.origin}/en/cart`);
    expect(await page.getByTestId('package').count()).toBe(1);
    await buyer.checkout(/Cash on delivery/);
    await buyer.orderPage();
    const orderNumber = (await page.locator('h1').textContent())!.replace('Order ', '');
    await page.goto(`${fixture.origin}/en/account`);
    expect(await page.getByTestId('my-order').first().textContent()).toContain(orderNumber);
    await context.close();
  }, 180_000);

  it('a shopper signs in with a password, stays signed in past the access token, saves the address at checkout and next time checks out with it', async () => {
    const { context, page } = await shopper('bn');
    const buyer = new StorefrontShopper(page, fixture.origin, BN);
    await page.goto(`${fixture.origin}/bn/account`);
    const passwordForm = page.getByRole('form', { name: 'অথবা পাসওয়ার্ড দিয়ে সাইন ইন করুন' });
    await passwordForm.getByLabel('মোবাইল নম্বর').fill('01911000003'); // the demo shopper
    await passwordForm.getByLabel('পাসওয়ার্ড', { exact: true }).fill('not-my-password');
    await passwordForm.getByRole('button', { name: 'পাসওয়ার্ড দিয়ে সাইন ইন' }).click();
    await page.getByRole('alert').getByText('মোবাইল নম্বর বা পাসওয়ার্ড ঠিক নয়।').waitFor();
    await passwordForm.getByLabel('মোবাইল নম্বর').fill('01911000003');
    await passwordForm.getByLabel('পাসওয়ার্ড', { exact: true }).fill('demo-Shopper-pass-2026');
    await passwordForm.getByRole('button', { name: 'পাসওয়ার্ড দিয়ে সাইন ইন' }).click();
    await page.getByText('আপনি সাইন ইন করেছেন।').waitFor();
    const thisSession = page.getByTestId('session').filter({ hasText: 'এই ডিভাইস' });
    expect(await thisSession.textContent()).toContain('পাসওয়ার্ড দিয়ে সাইন ইন');
    expect(await page.getByText(/এখনো কোনো ঠিকানা রাখা হয়নি/).count()).toBe(1);

    // Fifteen minutes later the access token (and its cookie) is gone; the shopper is still signed in.
    await context.clearCookies({ name: 'getit_at' });
    await page.goto(`${fixture.origin}/bn/account`);
    await page.getByText('আপনি সাইন ইন করেছেন।').waitFor();
    expect((await context.cookies()).map((c) => c.name)).toContain('getit_at');

    await page.goto(`${fixture.origin}${productPath}`);
    await buyer.addToCart();
    await page.goto(`${fixture.origin}/bn/cart`);
    await buyer.openCheckout();
    expect(await page.getByRole('navigation', { name: 'সংরক্ষিত ঠিকানায় পাঠান' }).count()).toBe(0);
    await buyer.fillAddress();
    await page.getByLabel('এই ঠিকানাটি আমার অ্যাকাউন্টে রাখুন').check();
    expect(await page.getByLabel('ঠিকানার নাম').inputValue()).toBe('বাসা');
    await buyer.placeOrder(/ক্যাশ অন ডেলিভারি/);
    await buyer.orderPage();
    expect(await buyer.settledStatus()).toBe('নিশ্চিত হয়েছে');

    await page.goto(`${fixture.origin}/bn/account`);
    const saved = page.getByTestId('saved-address');
    expect(await saved.count()).toBe(1);
    expect(await saved.textContent()).toMatch(
      /^বাসাপ্রধানRahima Akter, Dhanmondi, Dhaka · 1209 · \+8801712345678/,
    );

    // The next order starts from the saved address: nothing to type.
    await page.goto(`${fixture.origin}${productPath}`);
    await buyer.addToCart();
    await page.goto(`${fixture.origin}/bn/cart`);
    await buyer.openCheckout();
    const picker = page.getByRole('navigation', { name: 'সংরক্ষিত ঠিকানায় পাঠান' });
    const home = picker.getByRole('link', { name: 'বাসা: Rahima Akter, Dhanmondi, Dhaka' });
    expect(await home.getAttribute('aria-current')).toBe('true');
    expect(await page.getByLabel(BN.name).inputValue()).toBe('Rahima Akter');
    expect(await page.getByLabel(BN.district).inputValue()).toBe('Dhaka');
    // a Bangla page names the places in Bangla (the value sent stays the API's English name)
    expect(await page.getByLabel(BN.district).locator('option:checked').textContent()).toBe('ঢাকা');
    expect(await page.getByLabel(BN.division).locator('option:checked').textContent()).toBe('ঢাকা');
    expect(await page.getByLabel(BN.postcode).inputValue()).toBe('1209');
    expect(await page.getByLabel('এই ঠিকানাটি আমার অ্যাকাউন্টে রাখুন').count()).toBe(0);
    await page.goto(`${fixture.origin}/en/checkout`);
    await page.getByRole('navigation', { name: 'Deliver to a saved address' }).waitFor();
    expect(await page.getByLabel(EN.street).inputValue()).toBe('House 12, Road 5');
    await page.getByRole('link', { name: 'Use a new address' }).click();
    await page.waitForURL(/address=new/);
    expect(await page.getByLabel(EN.name).inputValue()).toBe('');
    expect(await page.getByLabel('Save this address to my account').count()).toBe(1);
    await page.goto(`${fixture.origin}/bn/checkout`);
    await buyer.placeOrder(/ক্যাশ অন ডেলিভারি/);
    await buyer.orderPage();
    expect(await buyer.settledStatus()).toBe('নিশ্চিত হয়েছে');

    expect(
      await accessibilityOf(page, ['/bn/account', '/en/account', '/bn/checkout', '/en/checkout?address=new']),
    ).toEqual({});
    await context.close();
  }, 240_000);

  it('a new shopper creates an account with a password (a weak one is refused) and signs in with it next time', async () => {
    const { context, page } = await shopper('en');
    const phone = '01312345678';
    await page.goto(`${fixture.origin}/en/account`);
    const register = page.getByRole('form', { name: 'New to GetIt? Create an account with a password' });
    await register.getByLabel('Mobile number').fill(phone);
    await register.getByRole('button', { name: 'Send code' }).click();
    await page.getByLabel('6-digit code').waitFor();
    const code = await fixture.smsCode(phone);
    await page.getByLabel('6-digit code').fill(code);
    await page.getByLabel('Your name (optional)').fill('Farhana Islam');
    await page.getByLabel('Choose a password').fill('1234567890');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Choose a stronger password/)
      .waitFor();
    await page.getByLabel('6-digit code').fill(code);
    await page.getByLabel('Choose a password').fill('Jamdani-red-2026');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('You are signed in.').waitFor();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();

    const passwordForm = page.getByRole('form', { name: 'Or sign in with your password' });
    await passwordForm.getByLabel('Mobile number').fill(phone);
    await passwordForm.getByLabel('Password', { exact: true }).fill('Jamdani-red-2026');
    await passwordForm.getByRole('button', { name: 'Sign in with password' }).click();
    await page.getByText('You are signed in.').waitFor();
    const thisSession = page.getByTestId('session').filter({ hasText: 'This device' });
    expect(await thisSession.textContent()).toContain('Signed in with a password');
    await context.close();
  }, 120_000);

  it('a shopper sees where they are signed in and signs their other phone out', async () => {
    const laptop = await shopper('en');
    const phone = await shopper('en');
    await signInByCode(laptop.page, '01512345678');
    await signInByCode(phone.page, '01512345678');
    await laptop.page.goto(`${fixture.origin}/en/account`);
    const sessions = laptop.page.getByTestId('session');
    expect(await sessions.count()).toBe(2);
    const other = sessions.filter({ hasNotText: 'This device' });
    expect(await other.textContent()).toContain('Signed in with an SMS code');
    await other.getByRole('button', { name: 'Sign out of this session' }).click();
    await laptop.page.getByText('That session has ended. Its device is signed out.').waitFor();
    expect(await sessions.count()).toBe(1);

    await phone.page.goto(`${fixture.origin}/en/account`);
    await phone.page.getByRole('form', { name: 'Sign in with an SMS code' }).waitFor();
    expect(await phone.page.getByText('You are signed in.').count()).toBe(0);

    await laptop.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await laptop.page.getByRole('form', { name: 'Sign in with an SMS code' }).waitFor();
    await laptop.context.close();
    await phone.context.close();
  }, 120_000);

  it('main pages have no serious or critical accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    const { context, page } = await shopper('bn');
    const found = await accessibilityOf(page, [
      '/bn',
      '/en',
      productPath,
      '/bn/cart',
      '/bn/account',
      '/en/account',
      '/bn/account?phone=01312345678&register=1',
      '/bn/search?q=শাড়ি',
      ...(orderUrl ? [new URL(orderUrl).pathname] : []),
    ]);
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

  it('the storefront exports page RED metrics by route template for Prometheus (service="storefront")', async () => {
    const metrics = await (await fetch(`${fixture.storefrontUrl}/metrics`)).text();
    const requests = (route: string) =>
      new RegExp(
        `http_server_requests_total\\{method="GET",route="${route.replace(/[[\]/]/g, '\\$&')}",status_code="200",service="storefront"\\} [1-9]`,
      );
    expect(metrics).toMatch(requests('/[locale]/p/[slug]'));
    expect(metrics).toMatch(requests('/[locale]/cart'));
    expect(metrics).toMatch(requests('/[locale]/account'));
    expect(metrics).toMatch(
      /http_server_request_duration_seconds_bucket\{le="1",service="storefront",method="GET",route="\/\[locale\]\/checkout",status_code="200"\} [1-9]/,
    );
    expect(metrics).toContain('process_cpu_seconds_total{service="storefront"}');
  });
});
