import { DHAKA_GADGETS } from './demo-products-dhaka.data';
import { Attrs, DemoProduct } from './demo-product';
import { TANGAIL_FASHION, TANGAIL_HOME } from './demo-products-tangail.data';

/**
 * Bangladesh demo data for `npm start`: about 200 products of the two demo vendors (whose shops auth's demo seeding
 * approves), with variants, English and Bangla titles, https images and category attributes, written as the
 * catalog's CSV import (one row per variant). Prices in taka.
 */
export const DEMO_VENDORS = {
  tangailTant: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
  dhakaGadgets: '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c',
};

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const cell = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const pairs = (values: Attrs | undefined) =>
  Object.entries(values ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join('; ');

const HEADER =
  'handle,title_en,title_bn,brand,category,images,attributes,options,sku,price,compare_at_price,weight_grams';

/** One import file; the prefix keeps handles (slugs) and SKUs apart between the two shops. */
function toCsv(prefix: string, products: DemoProduct[]): string {
  const rows = products.flatMap((p, i) => {
    const handle = `${prefix}-${slugOf(p.en)}`;
    return p.variants.map((v, j) =>
      [
        handle,
        j ? '' : p.en,
        j ? '' : p.bn,
        j ? '' : p.brand,
        j ? '' : p.category,
        j
          ? ''
          : `https://images.getit.com.bd/demo/${handle}-1.jpg|https://images.getit.com.bd/demo/${handle}-2.jpg`,
        j ? '' : pairs(p.attributes),
        pairs(v.options),
        `${prefix.toUpperCase()}-${i + 1}-${j + 1}`,
        v.taka,
        v.compareAt,
        v.grams,
      ]
        .map(cell)
        .join(','),
    );
  });
  return [HEADER, ...rows].join('\r\n');
}

/** Imports in this order, so the newest products (the storefront's first page) are the Tangail fashion. */
export const DEMO_IMPORTS = [
  {
    vendorId: DEMO_VENDORS.dhakaGadgets,
    name: 'Dhaka Gadgets',
    csv: toCsv('dg', DHAKA_GADGETS),
    products: DHAKA_GADGETS.length,
  },
  {
    vendorId: DEMO_VENDORS.tangailTant,
    name: 'Tangail home and groceries',
    csv: toCsv('tth', TANGAIL_HOME),
    products: TANGAIL_HOME.length,
  },
  {
    vendorId: DEMO_VENDORS.tangailTant,
    name: 'Tangail fashion',
    csv: toCsv('ttf', TANGAIL_FASHION),
    products: TANGAIL_FASHION.length,
  },
];
