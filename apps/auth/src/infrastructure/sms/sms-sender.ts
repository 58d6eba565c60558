/** Where SMS go. One adapter per provider; `SMS_PROVIDER` chooses. */
export interface SmsSender {
  readonly provider: string;
  /** `phone` in E.164. Rejects when the message could not be handed to the provider. */
  send(phone: string, body: string): Promise<void>;
}
