import { deliveryDeadlines } from './delivery-deadlines';

describe('deliveryDeadlines', () => {
  const paidAt = new Date('2026-12-01T10:00:00.000Z');

  it('gives 48 hours to hand over and 5 days to deliver inside Dhaka', () => {
    expect(deliveryDeadlines(paidAt, 'Dhaka')).toEqual({
      handoverDueAt: new Date('2026-12-03T10:00:00.000Z'),
      deliveryDueAt: new Date('2026-12-06T10:00:00.000Z'),
    });
  });

  it('gives 10 days to deliver elsewhere', () => {
    expect(deliveryDeadlines(paidAt, 'Sylhet').deliveryDueAt).toEqual(new Date('2026-12-11T10:00:00.000Z'));
  });
});
