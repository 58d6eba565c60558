import { createProductRequest, listProductsQuery, updateProductRequest } from './catalog.api';

const fieldsRefused = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : [...new Set(result.error!.issues.map((issue) => issue.path.join('.')))];

/** Numbers outside what their columns hold are refused by the request schema, naming the field. */
describe('request bounds', () => {
  it('takes price filters up to the largest price an item may have, and refuses one past it', () => {
    expect(listProductsQuery.safeParse({ minPricePoisha: '2147483647' }).success).toBe(true);
    expect(fieldsRefused(listProductsQuery.safeParse({ minPricePoisha: '2147483648' }))).toEqual([
      'minPricePoisha',
    ]);
    expect(fieldsRefused(listProductsQuery.safeParse({ maxPricePoisha: '9007199254740993' }))).toEqual([
      'maxPricePoisha',
    ]);
  });

  it('refuses a variant price or an expected version that no column holds', () => {
    const variant = {
      sku: 'JAM-1',
      options: { colour: 'Red' },
      price: { amountPoisha: 2_147_483_648 },
      weightGrams: 650,
    };
    const product = {
      title: { en: 'Dhakai Jamdani Saree' },
      categorySlug: 'sarees',
      variants: [variant],
    };
    expect(fieldsRefused(createProductRequest.safeParse(product))).toContain('variants.0.price.amountPoisha');
    expect(fieldsRefused(updateProductRequest.safeParse({ expectedVersion: 2 ** 31 }))).toEqual([
      'expectedVersion',
    ]);
    expect(updateProductRequest.safeParse({ expectedVersion: 2 ** 31 - 1 }).success).toBe(true);
  });
});
