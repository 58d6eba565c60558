import { decideShipment } from './shipment-state.machine';

describe('decideShipment', () => {
  it('moves forward through the life of a parcel', () => {
    expect(decideShipment({ status: 'booked', attempt: 0 }, { to: 'picked' })).toEqual({
      changed: true,
      to: 'picked',
      attempt: 0,
    });
    expect(decideShipment({ status: 'picked', attempt: 0 }, { to: 'out_for_delivery' })).toMatchObject({
      changed: true,
      to: 'out_for_delivery',
    });
    expect(decideShipment({ status: 'out_for_delivery', attempt: 0 }, { to: 'delivered' })).toMatchObject({
      changed: true,
    });
  });

  it('changes nothing on a duplicate or a report that would move backwards', () => {
    expect(decideShipment({ status: 'in_transit', attempt: 0 }, { to: 'in_transit' })).toEqual({
      changed: false,
      why: 'duplicate',
    });
    expect(decideShipment({ status: 'out_for_delivery', attempt: 0 }, { to: 'picked' })).toEqual({
      changed: false,
      why: 'backwards',
    });
    expect(decideShipment({ status: 'returning', attempt: 2 }, { to: 'out_for_delivery' })).toEqual({
      changed: false,
      why: 'backwards',
    });
  });

  it('keeps a delivered or returned shipment where it is', () => {
    expect(decideShipment({ status: 'delivered', attempt: 1 }, { to: 'returning' })).toEqual({
      changed: false,
      why: 'final',
    });
    expect(decideShipment({ status: 'returned', attempt: 1 }, { to: 'returned' })).toEqual({
      changed: false,
      why: 'duplicate',
    });
  });

  it('counts each failed attempt and lets the rider go out again', () => {
    const failed = decideShipment({ status: 'out_for_delivery', attempt: 0 }, { to: 'delivery_failed' });
    expect(failed).toEqual({ changed: true, to: 'delivery_failed', attempt: 1 });
    expect(decideShipment({ status: 'delivery_failed', attempt: 1 }, { to: 'out_for_delivery' })).toEqual({
      changed: true,
      to: 'out_for_delivery',
      attempt: 1,
    });
    expect(decideShipment({ status: 'out_for_delivery', attempt: 1 }, { to: 'delivery_failed' })).toEqual({
      changed: true,
      to: 'delivery_failed',
      attempt: 2,
    });
    expect(decideShipment({ status: 'delivery_failed', attempt: 2 }, { to: 'returning' })).toMatchObject({
      changed: true,
      to: 'returning',
    });
  });
});
