import { changePercent, dayKpis } from './order-kpis';

describe('the KPIs of a day of orders', () => {
  const orders = [
    { status: 'confirmed', totalPoisha: 120_000, placedAt: '2026-12-07T03:10:00Z' }, // 09:10 in Dhaka
    { status: 'completed', totalPoisha: 80_000, placedAt: '2026-12-07T03:50:00Z' },
    { status: 'cancelled', totalPoisha: 999_900, placedAt: '2026-12-07T12:00:00Z' }, // 18:00 in Dhaka
    { status: 'pending_payment', totalPoisha: 5_000, placedAt: '2026-12-06T18:30:00Z' }, // 00:30 in Dhaka
  ];

  it('counts every order, leaves cancelled ones out of GMV and counts them as cancellations', () => {
    const kpis = dayKpis(orders);
    expect(kpis.orders).toBe(4);
    expect(kpis.gmvPoisha).toBe(205_000);
    expect(kpis.cancellations).toBe(1);
  });

  it('puts each order in its Dhaka hour', () => {
    const { byHour } = dayKpis(orders);
    expect(byHour[9]).toBe(2);
    expect(byHour[18]).toBe(1);
    expect(byHour[0]).toBe(1);
    expect(byHour.reduce((a, b) => a + b)).toBe(4);
  });

  it('compares with last week in whole percent, and says nothing against an empty week', () => {
    expect(changePercent(15, 10)).toBe(50);
    expect(changePercent(5, 10)).toBe(-50);
    expect(changePercent(3, 0)).toBeUndefined();
  });
});
