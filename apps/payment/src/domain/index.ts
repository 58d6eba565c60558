export * from './money';
export * from './intent';
export * from './provider';
