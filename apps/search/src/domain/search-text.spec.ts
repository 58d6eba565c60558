import { queryWords } from './search-request';
import { searchText } from './search-text';

describe('searchText', () => {
  it('joins both titles, brand and category words in lower case', () => {
    expect(
      searchText({
        title: { en: 'Dhakai Jamdani', bn: 'ঢাকাই জামদানি' },
        brand: 'Aarong',
        categoryPath: ['fashion', 'women-sarees'],
        attributes: {},
      }),
    ).toBe('dhakai jamdani ঢাকাই জামদানি aarong fashion women sarees');
  });

  it('adds the shop, attribute values and variant options, and keeps a Bangla-only title', () => {
    expect(
      searchText({
        title: { bn: 'চেক লুঙ্গি' },
        shopName: 'Tangail Tant Ghar',
        categoryPath: ['fashion'],
        attributes: { fabric: 'Cotton' },
        optionText: 'Blue XL',
      }),
    ).toBe('চেক লুঙ্গি tangail tant ghar fashion cotton blue xl');
  });
});

describe('queryWords (the words the Postgres index makes prefixes of)', () => {
  it('splits on spaces and lowercases', () => {
    expect(queryWords('Jamd  saree')).toEqual(['jamd', 'saree']);
  });

  it('keeps Bangla words whole, vowel signs included', () => {
    expect(queryWords('জামদানি শাড়ি')).toEqual(['জামদানি', 'শাড়ি']);
  });

  it('strips tsquery operators so input cannot rewrite the query', () => {
    expect(queryWords("saree' | !(x & y):*")).toEqual(['saree', 'x', 'y']);
  });

  it('gives nothing to search for when only punctuation was typed', () => {
    expect(queryWords('!!! ???')).toEqual([]);
  });
});
