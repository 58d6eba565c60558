import type { ShipmentStatus } from './shipment-status';

/** A courier's webhook reduced to what the shipment machine needs; `status` undefined = a note for the timeline. */
export interface MappedCourierReport {
  consignmentId: string;
  courierStatus: string;
  status?: ShipmentStatus;
  /** Whole taka as couriers report it. */
  collectedTaka?: number;
  reason?: string;
  /** Pathao `paid`: the remittance invoice, and what the courier kept and paid for this consignment (taka). */
  invoiceId?: string;
  deliveryFeeTaka?: number;
  codFeeTaka?: number;
  remittedTaka?: number;
  messageEn?: string;
  messageBn?: string;
  occurredAt?: string;
}

const PATHAO: Record<string, ShipmentStatus | undefined> = {
  'order.picked': 'picked',
  'order.at-the-sorting-hub': 'in_transit',
  'order.in-transit': 'in_transit',
  'order.received-at-last-mile-hub': 'in_transit',
  'order.assigned-for-delivery': 'out_for_delivery',
  'order.delivered': 'delivered',
  'order.partial-delivery': 'partially_delivered',
  'order.delivery-failed': 'delivery_failed',
  'order.returned': 'returning',
  'order.return-in-transit': 'returning',
  'order.returned-to-merchant': 'returned',
};

const STEADFAST_FINAL: Record<string, ShipmentStatus | undefined> = {
  delivered: 'delivered',
  partial_delivered: 'partially_delivered',
  cancelled: 'returned',
};

/** Steadfast sends intermediate steps only as tracking messages; these phrases say which step it is [C]. */
const STEADFAST_TRACKING: [RegExp, ShipmentStatus][] = [
  [/attempt failed|delivery failed/i, 'delivery_failed'],
  [/returning/i, 'returning'],
  [/out for delivery/i, 'out_for_delivery'],
  [/in transit|sorting hub|reached/i, 'in_transit'],
  [/picked/i, 'picked'],
];

const REDX: Record<string, ShipmentStatus | undefined> = {
  'ready-for-delivery': 'picked',
  'agent-area-change': 'in_transit',
  'delivery-in-progress': 'out_for_delivery',
  delivered: 'delivered',
  'partial-delivered': 'partially_delivered',
  'agent-returning': 'returning',
  returned: 'returned',
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;
const amount = (value: unknown): number | undefined => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined;
};

const PATHAO_SLUGS: Record<string, ShipmentStatus | undefined> = {
  Picked: 'picked',
  At_the_Sorting_HUB: 'in_transit',
  In_Transit: 'in_transit',
  Assigned_for_Delivery: 'out_for_delivery',
  Delivered: 'delivered',
  Partial_Delivery: 'partially_delivered',
  Delivery_Failed: 'delivery_failed',
  Return: 'returning',
  Returned_to_Merchant: 'returned',
};

/** A status read from a courier's order-info API (polling) onto the shipment machine; undefined = no move. */
export function polledStatus(
  courier: 'pathao' | 'steadfast' | 'redx',
  courierStatus: string,
): ShipmentStatus | undefined {
  if (courier === 'pathao') return PATHAO_SLUGS[courierStatus];
  if (courier === 'steadfast') return STEADFAST_FINAL[courierStatus];
  return REDX[courierStatus];
}

/** Maps each courier's webhook body onto a shipment report; undefined when the body names no consignment. */
export const CourierReportMapper = {
  pathao(body: Record<string, unknown>): MappedCourierReport | undefined {
    const consignmentId = text(body.consignment_id);
    const event = text(body.event);
    if (!consignmentId || !event) return undefined;
    return {
      consignmentId,
      courierStatus: event,
      status: PATHAO[event],
      collectedTaka: amount(body.collected_amount),
      reason: text(body.reason),
      invoiceId: event === 'order.paid' ? text(body.invoice_id) : undefined,
      deliveryFeeTaka: amount(body.delivery_fee),
      codFeeTaka: amount(body.cod_fee),
      remittedTaka: amount(body.remitted_amount),
      occurredAt: text(body.updated_at) ?? text(body.timestamp),
    };
  },

  steadfast(body: Record<string, unknown>): MappedCourierReport | undefined {
    const consignmentId = text(body.consignment_id);
    if (!consignmentId) return undefined;
    const message = text(body.tracking_message);
    if (body.notification_type === 'delivery_status') {
      const status = text(body.status) ?? 'unknown';
      return {
        consignmentId,
        courierStatus: status,
        status: STEADFAST_FINAL[status],
        collectedTaka: amount(body.cod_amount),
        messageEn: message,
        occurredAt: text(body.updated_at),
      };
    }
    return {
      consignmentId,
      courierStatus: 'tracking_update',
      status: STEADFAST_TRACKING.find(([pattern]) => message && pattern.test(message))?.[1],
      reason: message?.includes(':') ? message.split(':').slice(1).join(':').trim() : undefined,
      messageEn: message,
      occurredAt: text(body.updated_at),
    };
  },

  redx(body: Record<string, unknown>): MappedCourierReport | undefined {
    const consignmentId = text(body.tracking_number);
    const status = text(body.status);
    if (!consignmentId || !status) return undefined;
    const messageEn = text(body.message_en);
    const failed = status === 'agent-hold' && /fail/i.test(messageEn ?? '');
    return {
      consignmentId,
      courierStatus: status,
      status: failed ? 'delivery_failed' : REDX[status],
      collectedTaka: amount(body.cash_collection_amount),
      messageEn,
      messageBn: text(body.message_bn),
      occurredAt: text(body.timestamp),
    };
  },
};
