import { DEFAULT_RETRY_POLICY, retryDelayMs } from './retry.policy';

describe('retryDelayMs', () => {
  const policy = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles the ceiling per attempt, jittered between half and all of it', () => {
    expect(retryDelayMs(policy, 1, () => 0)).toBe(50);
    expect(retryDelayMs(policy, 1, () => 1)).toBe(100);
    expect(retryDelayMs(policy, 3, () => 1)).toBe(400);
  });

  it('never waits longer than the maximum', () => {
    expect(retryDelayMs(policy, 20, () => 1)).toBe(1_000);
  });

  it('gives up after five attempts by default, within a few seconds in all', () => {
    const worst = [1, 2, 3, 4].reduce(
      (sum, attempt) => sum + retryDelayMs(DEFAULT_RETRY_POLICY, attempt, () => 1),
      0,
    );
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(5);
    expect(worst).toBeLessThan(2_000);
  });
});
