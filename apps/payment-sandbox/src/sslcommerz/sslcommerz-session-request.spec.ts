import { SslcommerzSessionRequestParser } from './sslcommerz-session-request';

const form = (overrides: Record<string, string> = {}) => ({
  store_id: 'testbox',
  store_passwd: 'qwerty',
  total_amount: '1150.00',
  currency: 'BDT',
  tran_id: 'ORD-1001',
  product_category: 'electronics',
  success_url: 'https://shop.example/pay/success',
  fail_url: 'https://shop.example/pay/fail',
  cancel_url: 'https://shop.example/pay/cancel',
  ipn_url: 'https://shop.example/pay/ipn',
  cus_name: 'Rahima Khatun',
  cus_email: 'rahima@example.com',
  cus_add1: 'House 1, Road 2, Dhanmondi',
  cus_city: 'Dhaka',
  cus_postcode: '1209',
  cus_country: 'Bangladesh',
  cus_phone: '01712345678',
  shipping_method: 'NO',
  product_name: 'Headphones',
  product_profile: 'physical-goods',
  ...overrides,
});

describe('SSLCommerz create-session form rules', () => {
  it('accepts a complete form', () => {
    const parsed = SslcommerzSessionRequestParser.parse(form({ value_a: 'order-1' }));
    expect(parsed).toMatchObject({ tranId: 'ORD-1001', ipnUrl: 'https://shop.example/pay/ipn' });
    expect('amount' in parsed && parsed.amount.toString()).toBe('1150.00');
  });

  it('names the first missing required field', () => {
    expect(SslcommerzSessionRequestParser.parse(form({ cus_phone: '' }))).toEqual({
      failedreason: "Invalid Information! 'cus_phone' is missing.",
    });
  });

  it('requires the shipping address when shipping_method is YES', () => {
    expect(SslcommerzSessionRequestParser.parse(form({ shipping_method: 'YES' }))).toEqual({
      failedreason: "Invalid Information! 'ship_name' is missing.",
    });
  });

  it('keeps total_amount within 10.00 and 500000.00', () => {
    expect(SslcommerzSessionRequestParser.parse(form({ total_amount: '10.00' }))).toHaveProperty('tranId');
    expect(SslcommerzSessionRequestParser.parse(form({ total_amount: '500000.00' }))).toHaveProperty(
      'tranId',
    );
    for (const total of ['9.99', '500000.01', '12.345', 'ten']) {
      expect(SslcommerzSessionRequestParser.parse(form({ total_amount: total }))).toHaveProperty(
        'failedreason',
      );
    }
  });

  it('limits tran_id to 30 characters and checks URLs and enumerations', () => {
    expect(SslcommerzSessionRequestParser.parse(form({ tran_id: 'X'.repeat(31) }))).toHaveProperty(
      'failedreason',
    );
    expect(SslcommerzSessionRequestParser.parse(form({ success_url: 'not a url' }))).toHaveProperty(
      'failedreason',
    );
    expect(SslcommerzSessionRequestParser.parse(form({ shipping_method: 'Drone' }))).toHaveProperty(
      'failedreason',
    );
    expect(SslcommerzSessionRequestParser.parse(form({ product_profile: 'anything' }))).toHaveProperty(
      'failedreason',
    );
  });
});
