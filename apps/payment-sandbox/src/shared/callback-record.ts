/** One callback or IPN the sandbox issued, kept on the payment for assertions. */
export interface CallbackRecord {
  url: string;
  /** False for a forged_callback delivery, which the real provider never sent. */
  genuine: boolean;
  at: number;
}
