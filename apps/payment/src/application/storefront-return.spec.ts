import { StorefrontReturn } from './storefront-return';

describe('StorefrontReturn', () => {
  it('adds the order and the outcome to the storefront page, keeping its own query', () => {
    const returns = new StorefrontReturn('https://getit.com.bd/checkout/payment?lang=bn');
    expect(returns.urlFor('8c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'success')).toBe(
      'https://getit.com.bd/checkout/payment?lang=bn&orderId=8c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b&payment=success',
    );
  });

  it('says only that it failed when the callback named no known order', () => {
    expect(new StorefrontReturn('http://127.0.0.1:3000/checkout/payment').urlFor(null, 'failed')).toBe(
      'http://127.0.0.1:3000/checkout/payment?payment=failed',
    );
  });
});
