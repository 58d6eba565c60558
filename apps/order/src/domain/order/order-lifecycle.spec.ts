import { ValidationException } from '@getit/errors';
import { PackageStatus } from '../package/package-lifecycle';
import { IllegalTransitionException } from '../shared/illegal-transition.exception';
import { OrderCommand, OrderStatus, transitionOrder } from './order-lifecycle';

const order = (status: OrderStatus, packageStatuses: PackageStatus[] = ['confirmed']) => ({
  status,
  packageStatuses,
});
const cancel = (note?: string): OrderCommand => ({
  type: 'cancel',
  reason: 'shopper_requested',
  by: 'shopper',
  ...(note === undefined ? {} : { note }),
});

describe('transitionOrder', () => {
  describe('confirm', () => {
    it('confirms a pending order', () => {
      expect(transitionOrder(order('pending_payment'), { type: 'confirm' })).toEqual({
        ok: true,
        value: { status: 'confirmed', changed: true },
      });
    });

    it('answers a repeated confirm without a change', () => {
      expect(transitionOrder(order('confirmed'), { type: 'confirm' })).toEqual({
        ok: true,
        value: { status: 'confirmed', changed: false },
      });
    });

    it.each<OrderStatus>(['completed', 'cancelled'])(
      'refuses to confirm a %s order, naming the transition',
      (status) => {
        const result = transitionOrder(order(status), { type: 'confirm' });
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error).toBeInstanceOf(IllegalTransitionException);
        expect(!result.ok && result.error).toMatchObject({
          code: 'CONFLICT',
          detail: `Cannot confirm an order that is ${status}.`,
          extensions: { machine: 'order', from: status, action: 'confirm' },
        });
      },
    );
  });

  describe('cancel', () => {
    it('cancels a pending order and records the reason and who asked', () => {
      expect(
        transitionOrder(order('pending_payment'), { type: 'cancel', reason: 'payment_failed', by: 'system' }),
      ).toEqual({
        ok: true,
        value: {
          status: 'cancelled',
          changed: true,
          cancellation: { reason: 'payment_failed', by: 'system' },
        },
      });
    });

    it('cancels a confirmed order while packages are still with the vendors, keeping a trimmed note', () => {
      expect(
        transitionOrder(
          order('confirmed', ['confirmed', 'packed', 'cancelled']),
          cancel('  changed my mind '),
        ),
      ).toEqual({
        ok: true,
        value: {
          status: 'cancelled',
          changed: true,
          cancellation: { reason: 'shopper_requested', by: 'shopper', note: 'changed my mind' },
        },
      });
    });

    it.each<PackageStatus[]>([
      ['handed_to_courier'],
      ['packed', 'handed_to_courier'],
      ['delivered', 'cancelled'],
      ['delivered', 'returned'],
    ])('refuses once a package has been handed to a courier: %j', (...packages) => {
      const result = transitionOrder(order('confirmed', packages), cancel());
      expect(result).toMatchObject({ ok: false, error: expect.any(IllegalTransitionException) });
      expect(!result.ok && result.error.detail).toContain('handed to a courier');
    });

    it('closes a confirmed order as cancelled when every package came back or was cancelled', () => {
      const result = transitionOrder(order('confirmed', ['returned', 'cancelled']), {
        type: 'cancel',
        reason: 'all_packages_failed',
        by: 'system',
      });
      expect(result).toEqual({
        ok: true,
        value: {
          status: 'cancelled',
          changed: true,
          cancellation: { reason: 'all_packages_failed', by: 'system' },
        },
      });
    });

    it('answers a repeated cancel without a change and refuses to cancel a completed order', () => {
      expect(transitionOrder(order('cancelled'), cancel())).toEqual({
        ok: true,
        value: { status: 'cancelled', changed: false },
      });
      expect(transitionOrder(order('completed', ['delivered']), cancel())).toMatchObject({
        ok: false,
        error: expect.any(IllegalTransitionException),
      });
    });

    it('refuses an unknown reason or an empty or overlong note', () => {
      const unknown = transitionOrder(order('pending_payment'), {
        type: 'cancel',
        reason: 'because' as never,
        by: 'admin',
      });
      expect(unknown).toMatchObject({ ok: false, error: expect.any(ValidationException) });
      expect(!unknown.ok && unknown.error.fieldErrors).toEqual([
        { field: 'reason', reason: expect.any(String) },
      ]);
      expect(transitionOrder(order('pending_payment'), cancel('   '))).toMatchObject({
        error: { fieldErrors: [{ field: 'note' }] },
      });
      expect(transitionOrder(order('pending_payment'), cancel('x'.repeat(501)))).toMatchObject({
        error: expect.any(ValidationException),
      });
      expect(transitionOrder(order('pending_payment'), cancel('x'.repeat(500)))).toMatchObject({ ok: true });
    });
  });

  describe('complete', () => {
    it.each<PackageStatus[]>([
      ['delivered'],
      ['delivered', 'returned'],
      ['cancelled', 'delivered', 'returned'],
    ])('completes a confirmed order whose packages ended with a delivery: %j', (...packages) => {
      expect(transitionOrder(order('confirmed', packages), { type: 'complete' })).toEqual({
        ok: true,
        value: { status: 'completed', changed: true },
      });
    });

    it('refuses while a package is still on its way', () => {
      const result = transitionOrder(order('confirmed', ['delivered', 'handed_to_courier']), {
        type: 'complete',
      });
      expect(!result.ok && result.error.detail).toBe(
        'Cannot complete an order that is confirmed: some packages are still on their way.',
      );
    });

    it('refuses when nothing was delivered, pointing at cancel', () => {
      const result = transitionOrder(order('confirmed', ['returned', 'cancelled']), { type: 'complete' });
      expect(!result.ok && result.error.detail).toContain('cancel it instead');
    });

    it('refuses from pending or cancelled, and answers a repeat without a change', () => {
      expect(transitionOrder(order('pending_payment'), { type: 'complete' })).toMatchObject({ ok: false });
      expect(transitionOrder(order('cancelled', ['cancelled']), { type: 'complete' })).toMatchObject({
        ok: false,
      });
      expect(transitionOrder(order('completed', ['delivered']), { type: 'complete' })).toEqual({
        ok: true,
        value: { status: 'completed', changed: false },
      });
    });
  });
});
