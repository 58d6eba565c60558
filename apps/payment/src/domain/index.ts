export * from './money';
export * from './intent';
export * from './provider';
export * from './checkout';
export * from './commission';
export * from './ledger';
export * from './refund';
export * from './payout';
