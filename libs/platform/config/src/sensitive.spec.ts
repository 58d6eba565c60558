import { z } from 'zod';
import { isSensitive, sensitive } from './sensitive';

describe('sensitive', () => {
  it('marks the schema it returns without marking the original', () => {
    const plain = z.string();
    const secret = sensitive(plain);

    expect(isSensitive(secret)).toBe(true);
    expect(isSensitive(plain)).toBe(false);
  });

  it('survives wrappers and pipes added after marking', () => {
    const secret = sensitive(z.string());

    expect(isSensitive(secret.optional())).toBe(true);
    expect(isSensitive(secret.default('x'))).toBe(true);
    expect(isSensitive(secret.transform((value) => value.length))).toBe(true);
    expect(isSensitive(secret.min(3))).toBe(true);
  });
});
