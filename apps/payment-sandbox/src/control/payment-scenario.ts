import { MoneyAmount } from '@getit/payment-protocols';
import { ScenarioOutcome } from './scenario-request';

/** What the shopper does on the checkout page (or what a test says they do). */
export type ShopperAction = 'success' | 'failure' | 'cancel';

export type PaymentOutcome = Exclude<ScenarioOutcome, 'down'>;

/** What actually happens once the shopper acts, after the scenario has had its say. */
export type EffectiveOutcome = ShopperAction | 'timeout' | 'forged';

/** The scenario one payment was created under; fixed for the life of that payment. */
export class PaymentScenario {
  static readonly DEFAULT = new PaymentScenario('succeed', 1);

  constructor(
    readonly outcome: PaymentOutcome,
    /** How many times the callback / IPN is delivered. */
    readonly deliveries: number,
    private readonly mismatchAmount?: MoneyAmount,
  ) {}

  /** fail and cancel override the shopper; timeout and forged replace the real callback entirely. */
  effectiveOutcome(action: ShopperAction): EffectiveOutcome {
    switch (this.outcome) {
      case 'fail':
        return 'failure';
      case 'cancel':
        return 'cancel';
      case 'timeout':
        return 'timeout';
      case 'forged_callback':
        return 'forged';
      case 'amount_mismatch':
        return 'success';
      default:
        return action;
    }
  }

  /** The amount the provider books: the requested one, or a different one under amount_mismatch. */
  recordedAmount(requested: MoneyAmount): MoneyAmount {
    if (this.outcome !== 'amount_mismatch') return requested;
    if (this.mismatchAmount && !this.mismatchAmount.equals(requested)) return this.mismatchAmount;
    const half = MoneyAmount.ofPoisha(Math.floor(requested.poisha / 2));
    return half.isZero() ? requested.plus(MoneyAmount.ofPoisha(100)) : half;
  }

  toJSON() {
    return {
      outcome: this.outcome,
      deliveries: this.deliveries,
      ...(this.mismatchAmount ? { amount: this.mismatchAmount.toString() } : {}),
    };
  }
}
