import { ApprovalResult } from './approval-result';
import { ShopperAction } from './payment-scenario';

/** What the control API needs from each simulated provider. */
export interface SandboxProviderHandle {
  approve(id: string, action: ShopperAction): ApprovalResult | Promise<ApprovalResult>;
  payments(): readonly object[];
  clear(): void;
}
