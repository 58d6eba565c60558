import { banglaSlug, productSlug, uniqueSlug } from './product-slug';

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

describe('banglaSlug', () => {
  it('is the Banglish transliteration in hyphenated lowercase words', () => {
    expect(banglaSlug('জামদানি শাড়ি')).toBe('jamdani-shari');
    expect(banglaSlug('পাঞ্জাবি (সুতি)')).toBe('panjabi-suti');
  });

  it('falls back to "product" when nothing readable is left', () => {
    expect(banglaSlug('।।')).toBe('product');
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one from -2', () => {
    expect(uniqueSlug('jamdani-shari', new Set())).toBe('jamdani-shari');
    expect(uniqueSlug('jamdani-shari', new Set(['jamdani-shari']))).toBe('jamdani-shari-2');
    expect(uniqueSlug('jamdani-shari', new Set(['jamdani-shari', 'jamdani-shari-2']))).toBe(
      'jamdani-shari-3',
    );
  });
});
