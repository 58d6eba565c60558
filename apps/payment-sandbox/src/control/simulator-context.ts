import { CallbackSender } from '../shared/callback-sender';
import { PublicUrl } from '../shared/public-url';
import { SandboxClock } from '../shared/sandbox-clock';
import { CheckoutPageResponder } from './checkout-page.responder';
import { ScenarioBook } from './scenario.book';

/** What every provider simulator shares: scenarios, time, the browser-facing address, outbound delivery. */
export interface SimulatorContext {
  scenarios: ScenarioBook;
  clock: SandboxClock;
  publicUrl: PublicUrl;
  sender: CallbackSender;
  pages: CheckoutPageResponder;
  /** Per provider; the oldest payments are forgotten beyond this. */
  maxPayments: number;
}
