import { bannerLines } from './banner';

describe('the npm start banner', () => {
  it('lists the public URLs in order, the first one first, after what was set up', () => {
    const lines = bannerLines({
      facts: ['seeded 16 demo products from two vendors'],
      publicUrls: [
        { label: 'Storefront', url: 'http://127.0.0.1:3000/' },
        { label: 'Search', url: 'http://127.0.0.1:3000/api/search?q=jamdani', hint: '(or ?q=শাড়ি)' },
      ],
      notes: ['Demo logins:', '', 'shopper 01911000003'],
    });
    expect(lines).toEqual([
      '  seeded 16 demo products from two vendors',
      '',
      '  Storefront         http://127.0.0.1:3000/',
      '  Search             http://127.0.0.1:3000/api/search?q=jamdani   (or ?q=শাড়ি)',
      '',
      '  Demo logins:',
      '',
      '  shopper 01911000003',
      '',
      'Ready. Ctrl-C stops everything.',
    ]);
    expect(lines.find((line) => line.includes('http'))).toContain('http://127.0.0.1:3000/');
  });
});
