const DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * An amount as the providers exchange it: a decimal string with at most two places ("500", "500.5", "500.50").
 * Held as whole poisha so comparisons and refund arithmetic are exact; printed with two decimals.
 */
export class MoneyAmount {
  private constructor(readonly poisha: number) {}

  /** Accepts a decimal string (or a number, which some clients send); null when it is not a plain amount. */
  static parse(value: unknown): MoneyAmount | null {
    const text = typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : value;
    if (typeof text !== 'string' || !DECIMAL.test(text.trim())) return null;
    const [whole, fraction = ''] = text.trim().split('.');
    return new MoneyAmount(Number(whole) * 100 + Number(fraction.padEnd(2, '0')));
  }

  static ofPoisha(poisha: number): MoneyAmount {
    if (!Number.isSafeInteger(poisha) || poisha < 0)
      throw new RangeError(`not an amount in poisha: ${poisha}`);
    return new MoneyAmount(poisha);
  }

  isZero(): boolean {
    return this.poisha === 0;
  }

  plus(other: MoneyAmount): MoneyAmount {
    return new MoneyAmount(this.poisha + other.poisha);
  }

  minus(other: MoneyAmount): MoneyAmount {
    return MoneyAmount.ofPoisha(Math.max(0, this.poisha - other.poisha));
  }

  /** A share in basis points (250 = 2.5%), rounded half up to the poisha. */
  share(basisPoints: number): MoneyAmount {
    return new MoneyAmount(Math.round((this.poisha * basisPoints) / 10_000));
  }

  equals(other: MoneyAmount): boolean {
    return this.poisha === other.poisha;
  }

  greaterThan(other: MoneyAmount): boolean {
    return this.poisha > other.poisha;
  }

  toString(): string {
    const whole = Math.floor(this.poisha / 100);
    const fraction = String(this.poisha % 100).padStart(2, '0');
    return `${whole}.${fraction}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
