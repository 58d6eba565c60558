import { DependencyUnavailableException } from '@getit/errors';
import { SmsSender } from './sms-sender';

/** No provider configured (production until one is contracted): code login answers 503 and says why. */
export class DisabledSmsSender implements SmsSender {
  readonly provider = 'disabled';

  async send(): Promise<void> {
    throw new DependencyUnavailableException(
      'Sending SMS is not configured; log in with a password instead.',
    );
  }
}
