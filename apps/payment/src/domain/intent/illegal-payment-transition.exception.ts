import { ConflictException } from '@getit/errors';

/** 409: the payment intent cannot take this action in its current state. */
export class IllegalPaymentTransitionException extends ConflictException {
  constructor(
    readonly from: string,
    readonly action: string,
    why?: string,
  ) {
    super(`Cannot ${action} a payment that is ${from}${why ? `: ${why}` : ''}.`, {
      extensions: { machine: 'payment', from, action },
    });
  }
}
