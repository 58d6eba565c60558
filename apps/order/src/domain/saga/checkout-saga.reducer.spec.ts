import {
  CheckoutSagaCommand,
  CheckoutSagaEvent,
  CheckoutSagaState,
  reduceCheckoutSaga,
} from './checkout-saga.reducer';

const ORDER = 'ord-1';
const reserved: CheckoutSagaEvent = { type: 'stock_reserved', reservationId: 'res-1' };
const authorized: CheckoutSagaEvent = { type: 'payment_authorized', paymentId: 'pay-1' };
const confirmed: CheckoutSagaEvent = { type: 'order_confirmed' };

/** A saga as checkout writes it with the order: awaiting the reservation that order.placed.v1 asks for. */
const started: CheckoutSagaState = {
  orderId: ORDER,
  status: 'running',
  step: 'reserve_stock',
  reservationId: null,
  paymentId: null,
  cancelReason: null,
  undoneLate: [],
};

/** Starts a saga, feeds it the events and returns the final state and the commands each event produced. */
function play(...events: CheckoutSagaEvent[]): {
  state: CheckoutSagaState;
  commands: CheckoutSagaCommand[][];
} {
  let state = started;
  const commands: CheckoutSagaCommand[][] = [];
  for (const event of events) {
    const result = reduceCheckoutSaga(state, event);
    state = result.state;
    commands.push(result.commands);
  }
  return { state, commands };
}

const run = (type: 'take_payment' | 'confirm_order') => ({ type, orderId: ORDER });

describe('reduceCheckoutSaga', () => {
  it('happy path: reserve, pay, confirm, done', () => {
    const { state, commands } = play(reserved, authorized, confirmed);
    expect(commands).toEqual([[run('take_payment')], [run('confirm_order')], []]);
    expect(state).toMatchObject({
      status: 'completed',
      step: null,
      reservationId: 'res-1',
      paymentId: 'pay-1',
    });
  });

  it('cancels the order when stock cannot be reserved; there is nothing to compensate', () => {
    const { state, commands } = play({ type: 'stock_reservation_failed', reason: 'out of stock' });
    expect(commands).toEqual([[{ type: 'cancel_order', orderId: ORDER, reason: 'stock_unavailable' }]]);
    expect(state).toMatchObject({
      status: 'cancelled',
      step: 'reserve_stock',
      cancelReason: 'stock_unavailable',
    });
  });

  it('releases the stock and cancels the order when payment fails', () => {
    const { state, commands } = play(reserved, {
      type: 'payment_failed',
      paymentId: 'pay-1',
      reason: 'declined',
    });
    expect(commands[1]).toEqual([
      { type: 'release_stock', reservationId: 'res-1' },
      { type: 'cancel_order', orderId: ORDER, reason: 'payment_failed' },
    ]);
    expect(state).toMatchObject({
      status: 'cancelled',
      step: 'take_payment',
      cancelReason: 'payment_failed',
    });
  });

  describe('timeouts', () => {
    it('reserve_stock timed out: cancel the order (a reservation arriving later is released)', () => {
      const { state, commands } = play({ type: 'step_timed_out', step: 'reserve_stock' }, reserved);
      expect(commands).toEqual([
        [{ type: 'cancel_order', orderId: ORDER, reason: 'checkout_timed_out' }],
        [{ type: 'release_stock', reservationId: 'res-1' }],
      ]);
      expect(state).toMatchObject({
        status: 'cancelled',
        reservationId: null,
        undoneLate: ['reservation:res-1'],
      });
    });

    it('take_payment timed out: cancel any payment in flight, release stock, cancel the order', () => {
      const { commands } = play(reserved, { type: 'step_timed_out', step: 'take_payment' });
      expect(commands[1]).toEqual([
        { type: 'cancel_payment', orderId: ORDER, paymentId: null },
        { type: 'release_stock', reservationId: 'res-1' },
        { type: 'cancel_order', orderId: ORDER, reason: 'checkout_timed_out' },
      ]);
    });

    it('confirm_order timed out: cancel the authorized payment, release stock, cancel the order', () => {
      const { state, commands } = play(reserved, authorized, {
        type: 'step_timed_out',
        step: 'confirm_order',
      });
      expect(commands[2]).toEqual([
        { type: 'cancel_payment', orderId: ORDER, paymentId: 'pay-1' },
        { type: 'release_stock', reservationId: 'res-1' },
        { type: 'cancel_order', orderId: ORDER, reason: 'checkout_timed_out' },
      ]);
      expect(state).toMatchObject({ status: 'cancelled', step: 'confirm_order' });
    });

    it('ignores a stale timer for a step that already answered', () => {
      const { state, commands } = play(
        reserved,
        { type: 'step_timed_out', step: 'reserve_stock' },
        authorized,
        { type: 'step_timed_out', step: 'take_payment' },
        confirmed,
        { type: 'step_timed_out', step: 'confirm_order' },
      );
      expect(commands[1]).toEqual([]);
      expect(commands[3]).toEqual([]);
      expect(commands[5]).toEqual([]);
      expect(state.status).toBe('completed');
    });
  });

  describe('duplicate and late events', () => {
    it('ignores repeats of events it has already acted on', () => {
      const { state, commands } = play(
        reserved,
        reserved,
        authorized,
        authorized,
        confirmed,
        confirmed,
        reserved,
        authorized,
      );
      expect(commands).toEqual([[run('take_payment')], [], [run('confirm_order')], [], [], [], [], []]);
      expect(state.status).toBe('completed');
    });

    it('cancels a payment authorized after the saga gave up, once', () => {
      const { state, commands } = play(
        reserved,
        { type: 'step_timed_out', step: 'take_payment' },
        authorized,
        authorized,
      );
      expect(commands[2]).toEqual([{ type: 'cancel_payment', orderId: ORDER, paymentId: 'pay-1' }]);
      expect(commands[3]).toEqual([]);
      expect(state).toMatchObject({ status: 'cancelled', undoneLate: ['payment:pay-1'] });
    });

    it('cancels a second, different payment so the shopper is never charged twice', () => {
      const { commands } = play(
        reserved,
        authorized,
        { type: 'payment_authorized', paymentId: 'pay-2' },
        confirmed,
        {
          type: 'payment_authorized',
          paymentId: 'pay-3',
        },
      );
      expect(commands[2]).toEqual([{ type: 'cancel_payment', orderId: ORDER, paymentId: 'pay-2' }]);
      expect(commands[4]).toEqual([{ type: 'cancel_payment', orderId: ORDER, paymentId: 'pay-3' }]);
    });

    it('releases a second, different reservation', () => {
      const { commands } = play(reserved, { type: 'stock_reserved', reservationId: 'res-2' });
      expect(commands[1]).toEqual([{ type: 'release_stock', reservationId: 'res-2' }]);
    });

    it('does not compensate twice when a failure or timeout repeats after cancellation', () => {
      const { commands } = play(
        reserved,
        { type: 'payment_failed', paymentId: null, reason: 'declined' },
        { type: 'payment_failed', paymentId: null, reason: 'declined' },
        { type: 'step_timed_out', step: 'take_payment' },
        { type: 'stock_reservation_failed', reason: 'late' },
      );
      expect(commands.slice(2)).toEqual([[], [], []]);
    });

    it('ignores a late confirmation after a cancel (the cancel_order already issued wins)', () => {
      const { state, commands } = play(
        reserved,
        authorized,
        { type: 'step_timed_out', step: 'confirm_order' },
        confirmed,
      );
      expect(commands[3]).toEqual([]);
      expect(state.status).toBe('cancelled');
    });

    it('ignores events that arrive out of order while running', () => {
      const { state, commands } = play(
        authorized,
        confirmed,
        { type: 'payment_failed', paymentId: null, reason: 'x' },
        reserved,
      );
      // a payment authorized before stock was reserved is not ours to keep: it is cancelled
      expect(commands[0]).toEqual([{ type: 'cancel_payment', orderId: ORDER, paymentId: 'pay-1' }]);
      expect(commands[1]).toEqual([]);
      expect(commands[2]).toEqual([]);
      expect(commands[3]).toEqual([run('take_payment')]);
      expect(state).toMatchObject({ status: 'running', step: 'take_payment' });
    });
  });

  it('never mutates the state it is given', () => {
    const frozen = Object.freeze({ ...started, undoneLate: Object.freeze([]) as unknown as string[] });
    expect(() => reduceCheckoutSaga(frozen, { type: 'step_timed_out', step: 'reserve_stock' })).not.toThrow();
    expect(() => reduceCheckoutSaga(frozen, { type: 'payment_authorized', paymentId: 'p' })).not.toThrow();
    expect(frozen.status).toBe('running');
  });
});
