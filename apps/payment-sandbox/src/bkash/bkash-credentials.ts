/** The merchant credentials bKash issues; the sandbox accepts exactly one set. */
export interface BkashCredentials {
  username: string;
  password: string;
  appKey: string;
  appSecret: string;
}

/** bKash's own published tokenized-checkout sandbox credentials, so merchant code can use them unchanged. */
export const DEFAULT_BKASH_CREDENTIALS: BkashCredentials = {
  username: 'sandboxTokenizedUser02',
  password: 'sandboxTokenizedUser02@12345',
  appKey: '4f6o0cjiki2rfm34kfdadl1eqq',
  appSecret: '2is7hdktrekvrbljjh44ll3d9l1dtjo4pasmjvs5vl5qr3fug4b',
};
