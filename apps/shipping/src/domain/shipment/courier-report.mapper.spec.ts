import { CourierReportMapper } from './courier-report.mapper';

describe('CourierReportMapper', () => {
  it("reads Pathao's events, amounts and invoice", () => {
    expect(
      CourierReportMapper.pathao({
        consignment_id: 'DL1',
        event: 'order.partial-delivery',
        collected_amount: 400,
        reason: 'one item refused',
      }),
    ).toMatchObject({ status: 'partially_delivered', collectedTaka: 400, reason: 'one item refused' });
    expect(
      CourierReportMapper.pathao({ consignment_id: 'DL1', event: 'order.paid', invoice_id: 'INV9' }),
    ).toMatchObject({ status: undefined, invoiceId: 'INV9' });
    expect(CourierReportMapper.pathao({ event: 'webhook_integration' })).toBeUndefined();
  });

  it("reads Steadfast's final statuses and tracking notes", () => {
    expect(
      CourierReportMapper.steadfast({
        notification_type: 'delivery_status',
        consignment_id: 7,
        status: 'partial_delivered',
        cod_amount: 400,
      }),
    ).toMatchObject({ consignmentId: '7', status: 'partially_delivered', collectedTaka: 400 });
    expect(
      CourierReportMapper.steadfast({
        notification_type: 'tracking_update',
        consignment_id: 7,
        tracking_message: 'Delivery attempt failed: customer unreachable',
      }),
    ).toMatchObject({ status: 'delivery_failed', reason: 'customer unreachable' });
  });

  it("reads RedX's statuses with both languages", () => {
    expect(
      CourierReportMapper.redx({
        tracking_number: '26A1207X',
        status: 'delivery-in-progress',
        message_en: 'Out for delivery',
        message_bn: 'ডেলিভারির জন্য বের হয়েছে',
      }),
    ).toMatchObject({ status: 'out_for_delivery', messageBn: 'ডেলিভারির জন্য বের হয়েছে' });
    expect(
      CourierReportMapper.redx({
        tracking_number: 'X',
        status: 'agent-hold',
        message_en: 'Delivery attempt failed',
      }),
    ).toMatchObject({ status: 'delivery_failed' });
  });
});
