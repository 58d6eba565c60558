import { createEnvelope } from '@getit/contracts';
import { EventContext, WorkContext } from '@getit/messaging';
import { eventRequestContext } from './event-request-context';

describe('eventRequestContext', () => {
  const event = createEnvelope(
    'catalog.product-removed.v1',
    {
      productId: '0b8f9a3c-3c53-4a53-9a47-2f4f1cbd7d11',
      vendorId: '8c1e2a4b-3d5f-4a6b-9c7d-0e1f2a3b4c5d',
      reason: 'vendor_suspended',
      version: 3,
    },
    { producer: 'catalog', correlationId: 'checkout-42', key: '0b8f9a3c-3c53-4a53-9a47-2f4f1cbd7d11' },
  );
  const delivery = (context: WorkContext) =>
    new EventContext([
      event,
      { tx: {}, context, record: () => undefined, afterCommit: () => undefined },
      { topic: 'catalog.products', key: event.key, value: '', headers: {}, partition: 0, offset: '7' },
      1,
    ]);

  it('carries the correlation id and the actor whose request caused the event', () => {
    const admin = { id: 'admin-7', roles: ['admin'] };
    expect(eventRequestContext(delivery({ correlationId: 'checkout-42', actor: admin }))).toEqual({
      correlationId: 'checkout-42',
      requestId: event.id,
      actor: admin,
      locale: 'en',
    });
  });

  it('acts as the system when the event names no actor (sweepers, older events)', () => {
    expect(eventRequestContext(delivery({ correlationId: 'checkout-42' })).actor).toEqual({
      id: 'system',
      roles: ['system'],
    });
  });
});
