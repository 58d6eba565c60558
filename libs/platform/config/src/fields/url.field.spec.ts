import { url } from './url.field';

describe('url', () => {
  it('keeps a valid URL as the original string', () => {
    expect(url().parse('http://search:3000')).toBe('http://search:3000');
  });

  it.each(['not a url', 'search:3000', 'http://'])('rejects %j', (input) => {
    expect(url().safeParse(input).error?.issues[0]?.message).toBe('must be a valid URL');
  });

  it('enforces the allowed protocols', () => {
    const postgres = url({ protocols: ['postgres:', 'postgresql:'] });

    expect(postgres.parse('postgresql://u@db/catalog')).toBe('postgresql://u@db/catalog');
    expect(postgres.safeParse('mysql://u@db/catalog').error?.issues[0]?.message).toBe(
      'must be a URL with protocol postgres: or postgresql:',
    );
  });
});
