import type { Browser, Page } from 'playwright-core';
import { launchChromium, testRunId } from '@getit/testing';
import { StorefrontFixture } from './storefront.fixture';

// Search on OpenSearch, as in production (typo tolerance and Bangla analysis are OpenSearch's; ADR 0017).
const prefix = `sf-${testRunId()}-${Date.now()}-`;
const fixture = new StorefrontFixture({
  SEARCH__SEARCH_ENGINE: 'opensearch',
  SEARCH__OPENSEARCH_URL: process.env['OPENSEARCH_URL'] ?? '',
  SEARCH__OPENSEARCH_INDEX_PREFIX: prefix,
});
let browser: Browser;

beforeAll(async () => {
  if (!process.env['OPENSEARCH_URL']) throw new Error('OPENSEARCH_URL is not set: run through `npm test` or `npm run infra:up`');
  await fixture.start();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await fixture.stop();
  if (process.env['OPENSEARCH_URL']) await fetch(`${process.env['OPENSEARCH_URL']}/${prefix}*`, { method: 'DELETE' });
});

async function open(language: 'bn' | 'en', viewport = { width: 390, height: 844 }): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'bn' ? 'bn-BD' : 'en-US', viewport });
  return context.newPage();
}

/** Types into the results page's search box, as a shopper would, and submits. */
const SEARCH_LABEL = /পণ্য খুঁজুন|Search products/;
const searchBox = (page: Page) => page.getByRole('combobox', { name: SEARCH_LABEL });

async function search(page: Page, text: string): Promise<void> {
  const box = searchBox(page);
  await box.fill(text);
  await box.press('Enter');
  await page.waitForURL(/\/search\?q=/);
}

const firstResult = (page: Page) => page.locator('main ul li a').first();

describe('search in the storefront (Chromium, OpenSearch)', () => {
  it('a shopper types Bangla, picks a suggestion as she types, and reaches a jamdani saree', async () => {
    const page = await open('bn');
    await page.goto(`${fixture.origin}/bn/search?q=${encodeURIComponent('শাড়ি')}`);
    await searchBox(page).fill('জামদানি');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await search(page, 'জামদানি শাড়ি');
    expect(await firstResult(page).textContent()).toMatch(/জামদানি/);
    await firstResult(page).click();
    await page.waitForURL(/\/p\//);
    expect(await page.locator('h1').textContent()).toMatch(/জামদানি/);
    await page.context().close();
  }, 120_000);

  it('a shopper types Banglish with a typo ("jamdni shari"), is told the query was corrected, and reaches a jamdani saree', async () => {
    const page = await open('en');
    await page.goto(`${fixture.origin}/en/search?q=saree`);
    await search(page, 'jamdni shari');
    await page.locator('[data-relaxed], [data-did-you-mean]').first().waitFor();
    expect(await firstResult(page).textContent()).toMatch(/Jamdani/);
    await firstResult(page).click();
    await page.waitForURL(/\/p\//);
    expect(await page.locator('h1').textContent()).toMatch(/Jamdani/);
    await page.context().close();
  }, 120_000);

  it('a facet filter narrows the results and changes the other counts; its chip takes it off again', async () => {
    const page = await open('en', { width: 1280, height: 900 });
    await page.goto(`${fixture.origin}/en/search?q=saree`);
    const total = async () => Number((await page.locator('[data-total]').textContent())?.replace(/\D/g, ''));
    const side = page.locator('[data-facets="side"]');
    const before = await total();
    const silkCount = Number(await side.locator('[data-facet-option="attr:fabric:Silk"] [data-facet-count]').textContent());
    const tangailBefore = await side.locator('[data-facet-option^="brand:"] [data-facet-count]').first().textContent();
    await side.locator('[data-facet-option="attr:fabric:Silk"]').click();
    await page.waitForURL(/attr=fabric%3ASilk/);
    expect(await total()).toBe(silkCount);
    expect(await total()).toBeLessThan(before);
    expect(await side.locator('[data-facet-option^="brand:"] [data-facet-count]').first().textContent()).not.toBe(tangailBefore);
    await page.locator('[data-chip="attr:fabric:Silk"]').click();
    await page.waitForURL((url) => !url.search.includes('attr='));
    expect(await total()).toBe(before);
    await page.context().close();
  }, 120_000);
});
