import type { ParcelStep } from '../shared/courier';

/** How Pathao names each step: the webhook event and the order_status / order_status_slug of order info. */
export const PATHAO_STEPS: Record<ParcelStep | 'created', { event: string; status: string; slug: string }> = {
  created: { event: 'order.created', status: 'Pending', slug: 'Pending' },
  picked: { event: 'order.picked', status: 'Picked', slug: 'Picked' },
  at_hub: { event: 'order.at-the-sorting-hub', status: 'At the Sorting HUB', slug: 'At_the_Sorting_HUB' },
  in_transit: { event: 'order.in-transit', status: 'In Transit', slug: 'In_Transit' },
  out_for_delivery: {
    event: 'order.assigned-for-delivery',
    status: 'Assigned for Delivery',
    slug: 'Assigned_for_Delivery',
  },
  delivered: { event: 'order.delivered', status: 'Delivered', slug: 'Delivered' },
  partial_delivery: { event: 'order.partial-delivery', status: 'Partial Delivery', slug: 'Partial_Delivery' },
  failed_attempt: { event: 'order.delivery-failed', status: 'Delivery Failed', slug: 'Delivery_Failed' },
  on_hold: { event: 'order.on-hold', status: 'On Hold', slug: 'On_Hold' },
  returning: { event: 'order.returned', status: 'Return', slug: 'Return' },
  returned: {
    event: 'order.returned-to-merchant',
    status: 'Returned to Merchant',
    slug: 'Returned_to_Merchant',
  },
  paid: { event: 'order.paid', status: 'Payment Invoice', slug: 'Payment_Invoice' },
};
