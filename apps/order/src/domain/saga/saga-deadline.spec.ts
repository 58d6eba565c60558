import { sagaDeadline } from './saga-deadline';

const now = new Date('2026-11-21T05:00:00Z');
const timeouts = { reserve_stock: 1_000, take_payment: 60_000, confirm_order: 2_000 };

describe('sagaDeadline', () => {
  it('starts the next step’s clock when the saga moves on', () => {
    expect(
      sagaDeadline(
        { status: 'running', step: 'reserve_stock' },
        { status: 'running', step: 'take_payment' },
        new Date(0),
        now,
        timeouts,
      ),
    ).toEqual(new Date(now.getTime() + 60_000));
  });

  it('keeps the stored deadline while the same step waits', () => {
    const stored = new Date('2026-11-21T05:00:10Z');
    expect(
      sagaDeadline(
        { status: 'running', step: 'take_payment' },
        { status: 'running', step: 'take_payment' },
        stored,
        now,
        timeouts,
      ),
    ).toBe(stored);
  });

  it('has no deadline once the saga ended', () => {
    expect(
      sagaDeadline(
        { status: 'running', step: 'take_payment' },
        { status: 'cancelled', step: 'take_payment' },
        now,
        now,
        timeouts,
      ),
    ).toBeNull();
  });
});
