import { prefixQuery, searchText } from './search-text';

describe('searchText', () => {
  it('joins both titles, brand and category words in lower case', () => {
    expect(
      searchText({
        titleEn: 'Dhakai Jamdani',
        titleBn: 'ঢাকাই জামদানি',
        brand: 'Aarong',
        categoryPath: ['fashion', 'women-sarees'],
      }),
    ).toBe('dhakai jamdani ঢাকাই জামদানি aarong fashion women sarees');
  });
});

describe('prefixQuery', () => {
  it('makes every word a required prefix', () => {
    expect(prefixQuery('Jamd  saree')).toBe('jamd:* & saree:*');
  });

  it('keeps Bangla words whole, vowel signs included', () => {
    expect(prefixQuery('জামদানি শাড়ি')).toBe('জামদানি:* & শাড়ি:*');
  });

  it('strips tsquery operators so input cannot rewrite the query', () => {
    expect(prefixQuery("saree' | !(x & y):*")).toBe('saree:* & x:* & y:*');
  });

  it('gives nothing to search for when only punctuation was typed', () => {
    expect(prefixQuery('!!! ???')).toBeUndefined();
  });
});
