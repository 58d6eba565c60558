export * from './rate-limit-rule';
export * from './rate-limiter';
