import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vendorApplicationBody } from '@getit/contracts';
import { passwordProblem } from '../domain/password-policy';
import { base32Decode } from '../domain/base32';
import { checkAddress } from '@getit/contracts';
import { DEMO_ADMIN, DEMO_SHOPPER, DEMO_VENDORS, demoLoginLines } from './demo-accounts';

describe('demo accounts', () => {
  it('use the vendor ids of the embedded demo catalog', () => {
    // Read as text: services never import the embedded host's code.
    const catalog = readFileSync(join(__dirname, '../../../embedded/src/demo-catalog.ts'), 'utf8');
    const block = /export const DEMO_VENDORS = \{([^}]*)\}/.exec(catalog)?.[1] ?? '';
    const ids = [...block.matchAll(/'([0-9a-f-]{36})'/g)].map(([, id]) => id);
    expect(ids).toHaveLength(2);
    expect(DEMO_VENDORS.map((v) => v.id).sort()).toEqual(ids.sort());
  });

  it('are valid by the rules real sign-ups and applications follow', () => {
    for (const password of [
      DEMO_ADMIN.password,
      DEMO_SHOPPER.password,
      ...DEMO_VENDORS.map((v) => v.owner.password),
    ]) {
      expect(passwordProblem(password)).toBeUndefined();
    }
    expect(base32Decode(DEMO_ADMIN.totpSecret)).toHaveLength(20);
    for (const { application } of DEMO_VENDORS) {
      expect(vendorApplicationBody.safeParse(application).success).toBe(true);
      expect(checkAddress(application.businessAddress)).toMatchObject({ ok: true });
    }
  });

  it('print how to log in, in the local number format', () => {
    const lines = demoLoginLines('http://127.0.0.1:3003').join('\n');
    expect(lines).toContain(`${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
    expect(lines).toContain(DEMO_ADMIN.totpSecret);
    expect(lines).toContain('01711000001 / demo-Tangail-owner-2026');
    expect(lines).toContain('http://127.0.0.1:3003/dev/sms?phone=01911000003');
  });
});
