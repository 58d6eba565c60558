import { ORDER_NUMBER_PATTERN, orderNumber } from './order-number';

describe('orderNumber', () => {
  it('uses the day in Bangladesh time, so an order at 23:30 UTC belongs to the next day', () => {
    expect(orderNumber(new Date('2026-11-20T23:30:00Z'), () => 0)).toBe('GI-20261121-222222');
    expect(orderNumber(new Date('2026-11-20T10:00:00Z'), () => 0)).toBe('GI-20261120-222222');
  });

  it('draws six readable characters', () => {
    const values = [0, 1, 2, 27, 28, 29];
    let i = 0;
    const number = orderNumber(new Date('2026-11-21T05:00:00Z'), () => values[i++]!);
    expect(number).toBe('GI-20261121-234XYZ');
    expect(number).toMatch(ORDER_NUMBER_PATTERN);
  });
});
