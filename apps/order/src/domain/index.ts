export * from './shared';
export * from './money';
export * from './order';
export * from './package';
export * from './checkout';
export * from './cart';
export * from './saga';
export * from './access';
