/** The fields of an order summary the KPIs read. */
export interface KpiOrder {
  status: string;
  totalPoisha: number;
  placedAt: string;
}

export interface DayKpis {
  orders: number;
  /** Gross merchandise value: what shoppers ordered, cancelled orders left out. */
  gmvPoisha: number;
  cancellations: number;
  /** Orders placed in each Dhaka hour, 0–23. */
  byHour: number[];
}

/** Orders, GMV and cancellations of one stretch of orders, with orders per Dhaka hour. */
export function dayKpis(orders: KpiOrder[]): DayKpis {
  const byHour = Array.from({ length: 24 }, () => 0);
  let gmvPoisha = 0;
  let cancellations = 0;
  for (const order of orders) {
    const hour = new Date(Date.parse(order.placedAt) + 6 * 3_600_000).getUTCHours();
    byHour[hour]! += 1;
    if (order.status === 'cancelled') cancellations += 1;
    else gmvPoisha += order.totalPoisha;
  }
  return { orders: orders.length, gmvPoisha, cancellations, byHour };
}

/** The change from `before` to `now` in whole percent; undefined when there was nothing before. */
export function changePercent(now: number, before: number): number | undefined {
  if (before === 0) return undefined;
  return Math.round(((now - before) / before) * 100);
}
