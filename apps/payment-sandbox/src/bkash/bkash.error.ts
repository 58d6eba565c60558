/** bKash status codes the sandbox answers with (errors arrive with HTTP 200 and `statusCode/statusMessage`). */
export const BKASH_ERRORS = {
  invalidAppKey: { code: '2001', message: 'Invalid App Key' },
  invalidPaymentId: { code: '2002', message: 'Invalid Payment ID' },
  invalidAmount: { code: '2006', message: 'Invalid Amount' },
  invalidCurrency: { code: '2007', message: 'Invalid currency' },
  invalidIntent: { code: '2008', message: 'Invalid intent' },
  reversalExceedsOriginal: {
    code: '2026',
    message: 'The reversal amount cannot be greater than the original transaction amount',
  },
  invalidInvoiceNumber: { code: '2031', message: 'Invalid merchant invoice number' },
  transactionNotFound: { code: '2033', message: 'Transaction not found' },
  invalidCallbackUrl: { code: '2049', message: 'Invalid Merchant Callback URL' },
  invalidPaymentState: { code: '2056', message: 'Invalid Payment State' },
  paymentAlreadyCompleted: { code: '2062', message: 'The payment has already been completed' },
  invalidMode: { code: '2063', message: 'Mode is not valid as per request data' },
  mandatoryFieldMissing: { code: '2065', message: 'Mandatory field missing' },
  executeAlreadyCalled: { code: '2117', message: 'Payment execution already been called before' },
  maintenance: { code: '503', message: 'System is undergoing maintenance. Please try again later' },
} as const;

export type BkashErrorKind = keyof typeof BKASH_ERRORS | 'unauthorized';

/**
 * A bKash refusal. Business errors are HTTP 200 with a status code in the body; a missing, expired or
 * `Bearer `-prefixed token, or wrong username/password/app_secret, is HTTP 401 `{"message":"Unauthorized"}`
 * as bKash's API gateway answers (the sandbox's choice where bKash documents no code).
 */
export class BkashError extends Error {
  constructor(readonly kind: BkashErrorKind) {
    super(kind === 'unauthorized' ? 'Unauthorized' : BKASH_ERRORS[kind].message);
  }

  get httpStatus(): number {
    if (this.kind === 'unauthorized') return 401;
    return this.kind === 'maintenance' ? 503 : 200;
  }

  body(): Record<string, string> {
    if (this.kind === 'unauthorized') return { message: 'Unauthorized' };
    const { code, message } = BKASH_ERRORS[this.kind];
    return { statusCode: code, statusMessage: message };
  }
}
