import { clientAddress, rateLimitSubject } from './client-address';

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.9', 0)).toBe('198.51.100.7');
  });

  it('is the entry the trusted proxy appended, not one the client wrote', () => {
    // client → ingress (appends the client) → gateway
    expect(clientAddress('10.0.0.5', '203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', ['1.1.1.1', '203.0.113.9, 10.0.0.4'], 2)).toBe('203.0.113.9');
  });

  it('falls back to the socket peer without the header, or when the entry is not an address', () => {
    expect(clientAddress('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', 'unknown', 1)).toBe('10.0.0.5');
  });

  it('takes the leftmost entry when fewer proxies appended than are trusted', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', 3)).toBe('203.0.113.9');
  });
});

describe('rateLimitSubject', () => {
  it('keeps an IPv4 address and unwraps an IPv4-mapped IPv6 one', () => {
    expect(rateLimitSubject('203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitSubject('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts IPv6 clients by their /64, however they write it', () => {
    const subject = '2404:1c40:10a:fe::/64';
    expect(rateLimitSubject('2404:1c40:10a:fe::1')).toBe(subject);
    expect(rateLimitSubject('2404:1c40:010a:00fe:abcd:1234:5678:9abc')).toBe(subject);
    expect(rateLimitSubject('2404:1C40:10A:FE:0:0:0:2%eth0')).toBe(subject);
    expect(rateLimitSubject('::1')).toBe('0:0:0:0::/64');
  });
});
