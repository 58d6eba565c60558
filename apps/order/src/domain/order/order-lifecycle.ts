import { ValidationException } from '@getit/errors';
import { PackageStatus, isPackageTerminal, wasHandedOver } from '../package/package-lifecycle';
import { ActorKind } from '../shared/actor';
import { IllegalTransitionException } from '../shared/illegal-transition.exception';
import { TransitionResult } from '../shared/transition-result';

export const ORDER_STATUSES = ['pending_payment', 'confirmed', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CANCELLATION_REASONS = [
  'shopper_requested',
  'stock_unavailable',
  'payment_failed',
  'checkout_timed_out',
  'admin_decision',
  'all_packages_failed',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export interface Cancellation {
  reason: CancellationReason;
  by: ActorKind;
  note?: string;
}

export type OrderCommand =
  | { type: 'confirm' }
  | { type: 'complete' }
  | { type: 'cancel'; reason: CancellationReason; by: ActorKind; note?: string };

export interface OrderSnapshot {
  status: OrderStatus;
  packageStatuses: readonly PackageStatus[];
}

export interface OrderTransition {
  status: OrderStatus;
  /** False when the command repeats what already happened (a retry); callers then write and publish nothing. */
  changed: boolean;
  cancellation?: Cancellation;
}

const MAX_NOTE_LENGTH = 500;

/**
 * pending_payment → confirmed → completed; pending_payment | confirmed → cancelled.
 * - confirm: only from pending_payment (payment authorized, stock reserved).
 * - cancel: from pending_payment, or from confirmed while no package has been handed to a courier; also from
 *   confirmed once every package has ended without a delivery (all returned or cancelled): the order then failed
 *   as a whole and is closed as cancelled, typically with reason all_packages_failed. A reason is always recorded.
 * - complete: from confirmed once every package is terminal (delivered, returned or cancelled) and at least one
 *   was delivered.
 * Repeating confirm, complete or cancel on an order already in that state is answered with changed: false.
 */
export function transitionOrder(
  order: OrderSnapshot,
  command: OrderCommand,
): TransitionResult<OrderTransition> {
  const { status, packageStatuses } = order;
  const illegal = (why?: string): TransitionResult<OrderTransition> => ({
    ok: false,
    error: new IllegalTransitionException('order', status, command.type, why),
  });
  switch (command.type) {
    case 'confirm':
      if (status === 'confirmed') return unchanged(status);
      return status === 'pending_payment' ? applied('confirmed') : illegal();
    case 'complete':
      if (status === 'completed') return unchanged(status);
      if (status !== 'confirmed') return illegal();
      if (!packageStatuses.every(isPackageTerminal)) return illegal('some packages are still on their way');
      if (!packageStatuses.includes('delivered'))
        return illegal('no package was delivered; cancel it instead');
      return applied('completed');
    case 'cancel': {
      const invalid = cancellationProblem(command);
      if (invalid) return { ok: false, error: invalid };
      if (status === 'cancelled') return unchanged(status);
      if (status === 'completed') return illegal();
      if (
        status === 'confirmed' &&
        packageStatuses.some(wasHandedOver) &&
        !endedWithoutDelivery(packageStatuses)
      )
        return illegal('a package has already been handed to a courier');
      const cancellation: Cancellation = { reason: command.reason, by: command.by };
      if (command.note !== undefined) cancellation.note = command.note.trim();
      return { ok: true, value: { status: 'cancelled', changed: true, cancellation } };
    }
  }
}

function endedWithoutDelivery(packages: readonly PackageStatus[]): boolean {
  return packages.length > 0 && packages.every((s) => s === 'returned' || s === 'cancelled');
}

function cancellationProblem(
  command: Extract<OrderCommand, { type: 'cancel' }>,
): ValidationException | undefined {
  if (!CANCELLATION_REASONS.includes(command.reason))
    return new ValidationException('A cancellation needs a known reason.', [
      { field: 'reason', reason: `must be one of ${CANCELLATION_REASONS.join(', ')}` },
    ]);
  if (command.note !== undefined && (command.note.trim() === '' || command.note.length > MAX_NOTE_LENGTH))
    return new ValidationException('The cancellation note is empty or too long.', [
      { field: 'note', reason: `must be 1 to ${MAX_NOTE_LENGTH} characters` },
    ]);
  return undefined;
}

function applied(status: OrderStatus): TransitionResult<OrderTransition> {
  return { ok: true, value: { status, changed: true } };
}

function unchanged(status: OrderStatus): TransitionResult<OrderTransition> {
  return { ok: true, value: { status, changed: false } };
}
