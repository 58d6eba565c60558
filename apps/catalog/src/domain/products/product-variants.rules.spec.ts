import { checkVariants } from './product-variants.rules';

describe('checkVariants', () => {
  it('accepts distinct option combinations with distinct SKUs', () => {
    expect(
      checkVariants([
        { sku: 'P-M', options: { size: 'M', colour: 'White' } },
        { sku: 'P-L', options: { colour: 'White', size: 'L' } },
      ]),
    ).toEqual([]);
  });

  it('names a repeated SKU and a repeated combination', () => {
    expect(
      checkVariants([
        { sku: 'P-M', options: { size: 'M' } },
        { sku: 'P-M', options: { size: 'L' } },
        { sku: 'P-X', options: { size: 'm' } },
      ]),
    ).toEqual([
      { field: 'variants.1.sku', reason: 'repeats the SKU of variant 0' },
      { field: 'variants.2.options', reason: 'repeats the options of variant 0' },
    ]);
  });

  it('wants every variant to name the same options, and several variants to have some', () => {
    expect(
      checkVariants([
        { sku: 'A', options: { size: 'M' } },
        { sku: 'B', options: { colour: 'Red' } },
      ]),
    ).toEqual([{ field: 'variants.1.options', reason: 'must name the same options as variant 0 (size)' }]);
    expect(
      checkVariants([
        { sku: 'A', options: {} },
        { sku: 'B', options: {} },
      ])[0]!.reason,
    ).toContain('need options that tell them apart');
  });
});
