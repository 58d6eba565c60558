import { productSlug } from './product-slug';

describe('productSlug', () => {
  it('turns an English title into hyphenated lowercase words with a suffix', () => {
    expect(productSlug('Dhakai Jamdani Saree (Red, 6 yards)', 'a1b2')).toBe(
      'dhakai-jamdani-saree-red-6-yards-a1b2',
    );
  });

  it('drops accents and symbols, and never starts or ends with a hyphen', () => {
    expect(productSlug('  Café — Crème & Co.  ', 'x9')).toBe('cafe-creme-co-x9');
  });

  it('falls back to "product" when nothing Latin is left', () => {
    expect(productSlug('ঢাকাই জামদানি', 'ff00')).toBe('product-ff00');
  });

  it('keeps slugs to a bounded length', () => {
    expect(productSlug('word '.repeat(60), 'abcd').length).toBeLessThanOrEqual(86);
  });
});
