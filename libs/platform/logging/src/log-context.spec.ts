import { currentLogContext, runWithLogContext } from './log-context';

describe('log context', () => {
  it('is empty outside any context', () => {
    expect(currentLogContext()).toEqual({});
  });

  it('follows async work and keeps outer values in nested contexts', async () => {
    const seen = await runWithLogContext({ correlationId: 'c-1', requestId: 'r-1' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return runWithLogContext({ requestId: 'r-2', vendorId: 'v-9' }, () => currentLogContext());
    });

    expect(seen).toEqual({ correlationId: 'c-1', requestId: 'r-2', vendorId: 'v-9' });
    expect(currentLogContext()).toEqual({});
  });

  it('returns what the function returns', () => {
    expect(runWithLogContext({ correlationId: 'c-1' }, () => 42)).toBe(42);
  });
});
