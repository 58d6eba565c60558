/** The injection token of the log the event handlers write their warnings to (the host's `log`). */
export const EVENT_LOG = 'payment.event-log';

export type EventLog = (
  level: 'info' | 'warn' | 'error',
  message: string,
  extra?: Record<string, unknown>,
) => void;
