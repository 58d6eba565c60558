import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seriousAccessibilityViolations, waitFor } from '@getit/testing';
import { DEMO_ADMIN, PortalFixture } from './portal.fixture';

const SCREENSHOTS = join(__dirname, '../../../docs/screenshots');
const DESKTOP = { width: 1280, height: 900 };
const TANGAIL = {
  phone: '01711000001',
  password: 'demo-Tangail-owner-2026',
  vendorId: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
};
const GADGETS = {
  phone: '01811000002',
  password: 'demo-Gadgets-owner-2026',
  vendorId: '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c',
};
const fixture = new PortalFixture();
/** A small but real PDF: the trade licence the new vendor uploads. */
const LICENCE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
let browser: Browser;

/** A fresh Bangladeshi mobile number per run, so reruns against one instance do not collide. */
const newPhone = (prefix: string) => `${prefix}${String(Date.now()).slice(-8)}`;

beforeAll(async () => {
  await fixture.start();
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await fixture.stop();
});

async function person(language: 'bn' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: language === 'bn' ? 'bn-BD' : 'en-US',
    viewport: DESKTOP,
  });
  await context.addInitScript((lang) => window.localStorage.setItem('getit.seller.locale', lang), language);
  return { context, page: await context.newPage() };
}

async function signInWithPassword(page: Page, phone: string, password: string): Promise<void> {
  await page.goto(`${fixture.origin}/seller/sign-in`);
  await page.getByLabel(/Mobile number|মোবাইল নম্বর/).fill(phone);
  await page.getByLabel(/^Password$|^পাসওয়ার্ড$/).fill(password);
  await page.getByRole('button', { name: /^Sign in$|^সাইন ইন$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

async function signInWithSms(page: Page, phone: string): Promise<void> {
  await page.goto(`${fixture.origin}/seller/sign-in`);
  await page.getByRole('button', { name: 'SMS code' }).click();
  await page.getByLabel('Mobile number').fill(phone);
  const asked = Date.now() - 1_000;
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByLabel('6-digit SMS code').fill(await fixture.smsCode(phone, asked));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

/** The admin dashboard (apps/admin), signed in as the demo super admin with a fresh authenticator code. */
async function adminDashboard(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: DESKTOP });
  await context.addInitScript(() => window.localStorage.setItem('getit.admin.locale', 'en'));
  const page = await context.newPage();
  await page.goto(`${fixture.origin}/admin/`);
  await page.waitForURL(/\/admin\/sign-in$/);
  await page.getByLabel('Email or mobile number').fill(DEMO_ADMIN.email);
  await page.getByLabel('Password').fill(DEMO_ADMIN.password);
  await page.getByLabel('Authenticator code').fill(await fixture.totp(DEMO_ADMIN.totpSecret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('kpi-orders').waitFor();
  return { context, page };
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Both languages of the current screen: en first, then bn via the header's switch, then back. */
async function screenshotBoth(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-en`);
  await page.getByRole('button', { name: 'বাংলা' }).click();
  await page.locator('html[lang="bn"]').waitFor();
  await screenshot(page, `${name}-bn`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('html[lang="en"]').waitFor();
}

async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect({ url: page.url(), violations: await seriousAccessibilityViolations(page) }).toEqual({
    url: page.url(),
    violations: [],
  });
}

async function reloadUntil(page: Page, what: string, visible: () => Promise<boolean>): Promise<void> {
  await waitFor(
    what,
    async () => {
      if (await visible()) return true;
      await page.reload();
      await page.waitForLoadState('networkidle');
      return visible();
    },
    { timeoutMs: 60_000, intervalMs: 1_000 },
  );
}

describe('seller portal in the embedded mode (Chromium)', () => {
  it('a new vendor signs up, applies, is approved, lists a two-variant product, stocks it, and ships a shopper’s order', async () => {
    const { context, page } = await person('en');
    const phone = newPhone('017');
    const slug = `nabil-panjabi-${Date.now().toString(36)}`;
    // against a long-running instance (PORTAL_E2E_ORIGIN) earlier runs left shops of the same name
    const shopName = `Nabil Panjabi House${process.env['PORTAL_E2E_ORIGIN'] ? ` ${slug.slice(-4)}` : ''}`;

    // 1. sign up and apply
    await page.goto(`${fixture.origin}/seller/`);
    await page.waitForURL(/\/seller\/sign-in$/);
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-sign-in');
    await page.getByRole('button', { name: 'New seller' }).click();
    await page.getByLabel('Mobile number').fill(phone);
    const asked = Date.now() - 1_000;
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByLabel('6-digit SMS code').fill(await fixture.smsCode(phone, asked));
    await page.getByLabel('Your name').fill('Nabil Ahmed');
    await page.getByLabel('Password').fill('nabil-Panjabi-2026');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/seller\/apply$/);
    await page.getByLabel('Shop name').fill(shopName);
    await page.getByLabel('Shop web address').fill(slug);
    await page.getByLabel('Address', { exact: true }).fill('House 4, Road 2, Mirpur 10');
    await page.getByLabel('Division').selectOption('Dhaka');
    await page.getByLabel('District').selectOption('Dhaka');
    await page.getByLabel('Postcode').fill('1216');
    await page.getByLabel('Trade licence number').fill('DNCC-2026-55120');
    await page.getByLabel("Owner's NID number").fill('1990123456');
    await page.getByLabel('Wallet number').fill(phone);
    await page
      .getByLabel('Document 1: file')
      .setInputFiles({ name: 'trade-licence.pdf', mimeType: 'application/pdf', buffer: LICENCE_PDF });
    await page.getByTestId('document-uploaded').waitFor();
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-apply');
    await page.getByRole('button', { name: 'Submit application' }).click();
    await page.getByTestId('vendor-status').waitFor();
    expect(await page.getByTestId('vendor-status').textContent()).toBe('Pending review');

    // 2. an admin approves the application in the admin dashboard
    const adminSession = await adminDashboard();
    const admin = adminSession.page;
    await admin.getByRole('navigation').getByRole('link', { name: 'Vendors', exact: true }).click();
    await admin.getByRole('link', { name: shopName, exact: true }).click();
    expect(await admin.getByTestId('trade-licence').textContent()).toBe('DNCC-2026-55120');
    // the document the vendor uploaded, as the admin's link fetches it (from local disk in the embedded mode)
    const licence = await admin
      .getByTestId('vendor-documents')
      .getByRole('link')
      .first()
      .getAttribute('href');
    const stored = await fetch(new URL(licence!, fixture.origin));
    expect(stored.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await stored.arrayBuffer()).equals(LICENCE_PDF)).toBe(true);
    await admin.getByRole('button', { name: 'Approve' }).click();
    await admin.getByTestId('vendor-status').filter({ hasText: 'Approved' }).waitFor();
    const vendorId = /\/vendors\/([0-9a-f-]{36})/.exec(admin.url())![1]!;
    await reloadUntil(
      page,
      'the approval',
      async () => (await page.getByTestId('vendor-status').textContent()) === 'Approved',
    );
    await screenshotBoth(page, 'seller-home');

    // 3. a product with two variants, submitted for review
    await page.getByRole('link', { name: 'Products' }).click();
    await page.getByTestId('empty-state').waitFor();
    await page.getByRole('link', { name: 'Add product' }).first().click();
    await page.getByLabel(/^Title \(English/).fill('Cotton Eid Panjabi');
    await page.getByLabel('Title (Bangla)').fill('সুতি ঈদ পাঞ্জাবি');
    await page.getByLabel('Category').selectOption('panjabi');
    await page.getByLabel('Fabric').selectOption('Cotton');
    await page.getByLabel('SKU of variant 1').fill(`${slug}-m`);
    await page.getByLabel('Size of variant 1').selectOption('M');
    await page.getByLabel('Price of variant 1 (taka)', { exact: true }).fill('1850');
    await page.getByLabel('Weight of variant 1 (grams)').fill('450');
    await page.getByRole('button', { name: 'Add a variant' }).click();
    await page.getByLabel('SKU of variant 2').fill(`${slug}-l`);
    await page.getByLabel('Size of variant 2').selectOption('L');
    await page.getByLabel('Price of variant 2 (taka)', { exact: true }).fill('1950');
    await page.getByLabel('Weight of variant 2 (grams)').fill('480');
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-product-form');
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    await page.waitForURL(/\/seller\/products$/);
    await page.getByTestId('product-status').first().waitFor();
    expect(await page.getByTestId('product-status').allTextContents()).toEqual(['In review']);

    // 4. the admin approves the product in the dashboard's review queue
    await admin.getByRole('navigation').getByRole('link', { name: 'Product review', exact: true }).click();
    const review = admin
      .getByTestId('moderation-queue-row')
      .filter({ hasText: 'Cotton Eid Panjabi' })
      .filter({ hasText: shopName });
    expect(await review.textContent()).toContain('৳1,850');
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.waitFor({ state: 'detached' });
    await adminSession.context.close();
    await reloadUntil(page, 'the product on sale', async () =>
      (await page.getByTestId('product-status').allTextContents()).includes('On sale'),
    );
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-products');

    // 5. the vendor opens a warehouse and stocks both variants
    await page.getByRole('link', { name: 'Stock' }).click();
    await page.getByRole('link', { name: 'Open a warehouse' }).click();
    await page.getByLabel('Code', { exact: true }).fill('MIR-1');
    await page.getByLabel('Name', { exact: true }).fill('Mirpur shop');
    await page.getByLabel('Address', { exact: true }).fill('House 4, Road 2, Mirpur 10');
    await page.getByLabel('District').selectOption('Dhaka');
    await page.getByRole('button', { name: 'Open warehouse' }).click();
    await page.getByTestId('warehouses-row').waitFor();
    await page.getByRole('link', { name: 'Stock' }).click();
    await page.getByText('Count stock of a product').click();
    await page.getByLabel('Product', { exact: true }).selectOption({ label: 'Cotton Eid Panjabi' });
    await page.getByLabel(`On hand of ${slug}-m`).fill('12');
    await page.getByLabel(`On hand of ${slug}-l`).fill('8');
    await page.getByRole('button', { name: 'Save count' }).click();
    await page.getByText('2 variants updated.').waitFor();
    await page.getByTestId('stock-row').nth(1).waitFor();
    expect((await page.getByTestId('available').allTextContents()).map((t) => t.trim()).sort()).toEqual([
      '12',
      '8',
    ]);
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-stock');

    // 6. a shopper buys the M in the storefront, cash on delivery
    const product = await fixture.api<{ items: { slug: string }[] }>(
      'GET',
      `/api/products?vendorId=${vendorId}`,
    );
    const shopper = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const shop = await shopper.newPage();
    await shop.goto(`${fixture.origin}/en/p/${product.items[0]!.slug}`);
    await reloadUntil(shop, 'the product in stock', async () =>
      shop.getByRole('button', { name: 'Add to cart' }).isEnabled(),
    );
    await shop.getByRole('button', { name: 'Add to cart' }).click();
    await shop.locator('#added').waitFor();
    await shop.goto(`${fixture.origin}/en/cart`);
    await shop.getByRole('link', { name: /Proceed to checkout/ }).click();
    await shop.waitForURL(/\/checkout$/, { waitUntil: 'commit' });
    await shop.getByLabel(/Full name/).fill('Rahima Akter');
    await shop.getByLabel(/Mobile number/).fill('01712345678');
    await shop.getByLabel(/Division/).selectOption('Dhaka');
    await shop.getByLabel(/^District/).selectOption('Dhaka');
    await shop.getByLabel(/Area/).fill('Dhanmondi');
    await shop.getByLabel(/Postcode/).fill('1209');
    await shop.getByLabel(/House, road/).fill('House 12, Road 5');
    await shop.getByLabel(/Cash on delivery/).check();
    await shop.getByRole('button', { name: /Place order/ }).click();
    await shop.waitForURL(/\/en\/order\//, { waitUntil: 'commit' });
    await shop.getByTestId('order-status').waitFor();
    const orderNumber = (await shop.locator('h1').textContent())!.replace('Order ', '');
    await shopper.close();

    // 7. the vendor packs the package and hands it over, one click each
    await page.getByRole('link', { name: 'Packages' }).click();
    await page.getByRole('button', { name: 'To pack' }).click();
    await reloadUntil(page, 'the confirmed package', async () =>
      page.getByRole('button', { name: `Mark ${orderNumber} packed` }).isVisible(),
    );
    await page.getByRole('button', { name: orderNumber, exact: true }).click();
    expect(await page.getByTestId('package-details').textContent()).toContain(`${slug}-m`);
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-packages');
    await page.getByRole('button', { name: `Mark ${orderNumber} packed` }).click();
    await page.getByRole('button', { name: 'All' }).click();
    await page.getByRole('button', { name: `Hand ${orderNumber} to courier` }).click();
    await page.getByTestId('package-status').filter({ hasText: 'With courier' }).waitFor();
    expect(await page.getByTestId('package-status').allTextContents()).toEqual(['With courier']);

    await page.getByRole('link', { name: 'Money' }).click();
    await page.getByTestId('statement-totals').waitFor();
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-money');
    await context.close();
  }, 420_000);

  it('a vendor imports a 50-row CSV with three bad rows and sees exactly those three errors, by line and column', async () => {
    const { context, page } = await person('en');
    await signInWithPassword(page, TANGAIL.phone, TANGAIL.password);
    const run = Date.now().toString(36);
    const rows = Array.from({ length: 50 }, (_, i) => {
      const n = i + 1;
      const handle = n === 40 ? 'Bad Handle!' : `sundarbans-honey-${run}-${n}`;
      const price = n === 7 ? 'abc' : `${450 + n}`;
      const weight = n === 22 ? '0' : '500';
      return `${handle},Sundarbans Honey ${n},groceries-honey-${n},honey,HNY-${run}-${n},${price},${weight}`;
    });
    const csv = ['handle,title_en,description_en,category,sku,price,weight_grams', ...rows].join('\n');
    await page.getByRole('link', { name: 'Products' }).click();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'honey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByTestId('import-errors').waitFor();
    const errors = await page.getByTestId('import-error').allTextContents();
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'Line 8, price',
      'Line 23, weight_grams',
      'Line 41, handle',
    ]);
    expect(
      await page.getByRole('heading', { name: /Nothing was imported: 3 rows have problems/ }).count(),
    ).toBe(1);
    expect(await page.locator('progress').getAttribute('value')).toBe('100');
    await expectAccessible(page);
    await screenshotBoth(page, 'seller-import-errors');
    // all rows or none: not even the 47 good rows became drafts
    await page.goto(`${fixture.origin}/seller/products?status=draft`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main').textContent()).not.toContain('Sundarbans Honey');
    await context.close();
  }, 180_000);

  it('a manager cannot add a manager (an owner’s action), and vendor A never sees vendor B’s data on any screen', async () => {
    const managerPhone = newPhone('019');
    const owner = await person('en');
    await signInWithPassword(owner.page, TANGAIL.phone, TANGAIL.password);
    await owner.page.getByRole('link', { name: 'Staff' }).click();
    // the staff screen is its own chunk: its form is there once the Role list is
    await owner.page.getByLabel('Role').waitFor();
    expect(await owner.page.getByLabel('Role').locator('option').allTextContents()).toEqual([
      'Manager',
      'Staff',
    ]);
    await owner.page.getByLabel('Mobile number').fill(managerPhone);
    await owner.page.getByLabel('Name', { exact: true }).fill('Sumi Akter');
    await owner.page.getByLabel('Role').selectOption('manager');
    await owner.page.getByRole('button', { name: 'Add member' }).click();
    await owner.page.getByText('Member added.').waitFor();
    await owner.page.getByTestId('members-row').filter({ hasText: managerPhone }).waitFor();
    await expectAccessible(owner.page);
    await screenshotBoth(owner.page, 'seller-staff');
    // the owner removes a staff member, after confirming; their own row offers no removal
    const staffPhone = newPhone('018');
    await owner.page.getByLabel('Mobile number').fill(staffPhone);
    await owner.page.getByLabel('Role').selectOption('staff');
    await owner.page.getByRole('button', { name: 'Add member' }).click();
    const staffRow = owner.page.getByTestId('members-row').filter({ hasText: staffPhone });
    await staffRow.waitFor();
    await staffRow.getByRole('button', { name: 'Remove' }).click();
    await owner.page.getByRole('alertdialog').getByRole('button', { name: 'Yes, remove' }).click();
    await owner.page.getByText('Member removed.').waitFor();
    await staffRow.waitFor({ state: 'detached' });
    await owner.context.close();

    const { context, page } = await person('en');
    await signInWithSms(page, managerPhone);
    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByLabel('Role').waitFor();
    expect(await page.getByLabel('Role').locator('option').allTextContents()).toEqual(['Staff']);
    expect(await page.getByRole('button', { name: 'Remove' }).count()).toBe(0);

    const gadgets = await fixture.api<{ items: { id: string; title: { en: string } }[] }>(
      'GET',
      `/api/products?vendorId=${GADGETS.vendorId}&limit=100`,
    );
    expect(gadgets.items.length).toBeGreaterThan(0);
    const foreign = [
      'Dhaka Gadgets',
      'Karim Hossain',
      GADGETS.phone.slice(1),
      ...gadgets.items.map((p) => p.title.en),
    ];
    for (const screen of ['/', '/products', '/stock', '/warehouses', '/packages', '/money', '/staff']) {
      await page.goto(`${fixture.origin}/seller${screen}`);
      await page.waitForLoadState('networkidle');
      const text = (await page.locator('main').textContent()) ?? '';
      expect({ screen, seen: foreign.filter((f) => text.includes(f)) }).toEqual({ screen, seen: [] });
    }
    // vendor B's product by its id: refused, and none of it shown
    await page.goto(`${fixture.origin}/seller/products/${gadgets.items[0]!.id}`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel(/^Title \(English/).inputValue()).toBe('');
    await context.close();
  }, 180_000);
});
