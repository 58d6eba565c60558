/** Nagad's documented refusals, answered as `{reason, message}`. */
export const NAGAD_ERRORS = {
  signatureVerificationFailed: { reason: '16_0006_058', message: 'Signature Verification Failed' },
  invalidSensitiveData: { reason: '16_0006_059', message: 'Invalid Sensitive Data' },
  requiredHeaderMissing: { reason: '16_0006_064', message: 'Required Header Missing' },
  invalidOrderId: { reason: '16_0006_068', message: 'Invalid Order Id' },
  duplicateOrderId: { reason: '16_0006_083', message: 'Duplicate Order Id' },
} as const;

export type NagadErrorKind = keyof typeof NAGAD_ERRORS;

/** A Nagad refusal: HTTP 400 with the reason code; `detail` says what exactly was wrong (sandbox addition). */
export class NagadError extends Error {
  constructor(
    readonly kind: NagadErrorKind,
    readonly detail?: string,
  ) {
    super(detail ?? NAGAD_ERRORS[kind].message);
  }

  body(): Record<string, string> {
    const { reason, message } = NAGAD_ERRORS[this.kind];
    return { reason, message, ...(this.detail ? { detail: this.detail } : {}) };
  }
}
