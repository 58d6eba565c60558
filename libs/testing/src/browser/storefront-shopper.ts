import type { Page } from 'playwright-core';

/** What the storefront's controls are called, in each language (accessible names, as a shopper reads them). */
export interface StorefrontLabels {
  addToCart: RegExp;
  checkout: RegExp;
  name: RegExp;
  phone: RegExp;
  division: RegExp;
  district: RegExp;
  area: RegExp;
  postcode: RegExp;
  street: RegExp;
  placeOrder: RegExp;
  /** The order status while the saga is still deciding. */
  pending: RegExp;
  confirmed: string;
}

export const STOREFRONT_LABELS: Record<'bn' | 'en', StorefrontLabels> = {
  bn: {
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
    pending: /পেমেন্টের অপেক্ষায়/,
    confirmed: 'নিশ্চিত হয়েছে',
  },
  en: {
    addToCart: /Add to cart/,
    checkout: /Proceed to checkout/,
    name: /Full name/,
    phone: /Mobile number/,
    division: /Division/,
    district: /^District/,
    area: /Area/,
    postcode: /Postcode/,
    street: /House, road/,
    placeOrder: /Place order/,
    pending: /Payment pending/,
    confirmed: 'Confirmed',
  },
};

/** Whole taka from a shown price in Bengali or Latin digits with grouping commas. */
function takaOf(shown: string): number {
  return Number(shown.replace(/,/g, '').replace(/[০-৯]/g, (digit) => String(digit.charCodeAt(0) - 0x09e6)));
}

/** The delivery address the journeys type in (a real Dhanmondi postcode). */
export const DEMO_DELIVERY = {
  name: 'Rahima Akter',
  phone: '01712345678',
  division: 'Dhaka',
  district: 'Dhaka',
  area: 'Dhanmondi',
  postcode: '1209',
  street: 'House 12, Road 5',
};

/**
 * A shopper on the storefront (GetIt's Next.js app), step by step as a person does it in Chromium: the same steps
 * for the embedded mode's tests and the distributed e2e set.
 */
export class StorefrontShopper {
  constructor(
    readonly page: Page,
    readonly origin: string,
    readonly labels: StorefrontLabels = STOREFRONT_LABELS.bn,
  ) {}

  /**
   * Searches from the header and opens the `nth` result, or with `maxTaka` the first result priced at most that
   * (cash on delivery stops at ৳50,000 an order, and the results' order is the search engine's); returns the product
   * page's path.
   */
  async findAndOpen(query: string, nth = 0, maxTaka?: number): Promise<string> {
    const box = this.page.getByRole('search').getByRole('combobox');
    await box.fill(query);
    await box.press('Enter');
    await this.page.waitForURL(/\/search\?q=/);
    const results = this.page.locator('main ul li a');
    let index = nth;
    if (maxTaka !== undefined) {
      await results.first().waitFor();
      index = (await results.allTextContents()).findIndex((text) => {
        const price = /৳\s*([০-৯0-9,]+)/.exec(text)?.[1];
        return price !== undefined && takaOf(price) <= maxTaka;
      });
      if (index < 0) throw new Error(`no result for "${query}" priced at most ৳${maxTaka}`);
    }
    await results.nth(index).click();
    await this.page.waitForURL(/\/p\//, { waitUntil: 'commit' });
    await this.page.getByRole('button', { name: this.labels.addToCart }).waitFor();
    return new URL(this.page.url()).pathname;
  }

  async addToCart(): Promise<void> {
    await this.page.getByRole('button', { name: this.labels.addToCart }).click();
    // A server action: the redirect back is a client-side navigation once the page is hydrated (no load event).
    await this.page.locator('#added').waitFor();
  }

  /** From the cart to checkout, the address form ready. */
  async openCheckout(): Promise<void> {
    await this.page.getByRole('link', { name: this.labels.checkout }).click();
    await this.page.waitForURL(/\/checkout(\?.*)?$/, { waitUntil: 'commit' });
    await this.page.getByLabel(this.labels.name).waitFor();
  }

  async fillAddress(address = DEMO_DELIVERY): Promise<void> {
    const { page, labels } = this;
    await page.getByLabel(labels.name).fill(address.name);
    await page.getByLabel(labels.phone).fill(address.phone);
    await page.getByLabel(labels.division).selectOption(address.division);
    await page.getByLabel(labels.district).selectOption(address.district);
    await page.getByLabel(labels.area).fill(address.area);
    await page.getByLabel(labels.postcode).fill(address.postcode);
    await page.getByLabel(labels.street).fill(address.street);
  }

  /** Chooses the payment method and places the order (the address is already on the form). */
  async placeOrder(method: RegExp): Promise<void> {
    await this.page.getByLabel(method).check();
    await this.page.getByRole('button', { name: this.labels.placeOrder }).click();
  }

  /** From the cart: checkout with the demo address and `method`. */
  async checkout(method: RegExp): Promise<void> {
    await this.openCheckout();
    await this.fillAddress();
    await this.placeOrder(method);
  }

  /** Waits for the order page after a cash-on-delivery order; returns its URL. */
  async orderPage(): Promise<string> {
    await this.page.waitForURL(/\/(bn|en)\/order\//, { waitUntil: 'commit' });
    await this.page.getByTestId('order-status').waitFor();
    return this.page.url();
  }

  /** Reloads the order page until the saga has settled (the page itself waits up to 5 s per load). */
  async settledStatus(): Promise<string> {
    const status = async () => (await this.page.getByTestId('order-status').textContent()) ?? '';
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const shown = await status();
      if (!this.labels.pending.test(shown)) return shown;
      await this.page.reload();
    }
    return status();
  }
}
