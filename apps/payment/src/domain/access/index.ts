export {
  FINANCE_ROLES,
  REFUND_ROLES,
  requireFinance,
  requireRefunder,
  requireStatementReader,
} from './ledger-access.policy';
export { requirePaymentReader } from './payment-access.policy';
