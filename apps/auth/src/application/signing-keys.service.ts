import { createPrivateKey, KeyObject } from 'node:crypto';
import { JsonWebKeySet, KeyRotationResult } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { systemContext } from '@getit/service-kit';
import { assertAdmin } from '../domain/access-policy';
import { newSigningKey, PublicJwk } from '../infrastructure/crypto/es256-jwt';
import { SecretBox } from '../infrastructure/crypto/secret-box';
import { AuthTx, SigningKeyRow } from '../infrastructure/auth-prisma';
import { SigningKeysRepository } from '../infrastructure/signing-keys.repository';
import { AuditTrail } from './audit-trail';
import { AuthContext } from './auth-context';
import { CallerGuard } from './caller-guard';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

interface KeyCache {
  current: SigningKey & { createdAt: Date };
  jwks: JsonWebKeySet;
  loadedAt: number;
}

/** How long a replica trusts its cached keys; another replica's rotation reaches it within this. */
const RELOAD_MS = 30_000;

/**
 * The ES256 keys tokens are signed with. The newest key signs; the newest two are published, so tokens signed
 * just before a rotation still verify until they expire. Keys rotate when `rotationMs` old (checked every
 * `RELOAD_MS` and at start) or when a super-admin says so. Private keys are stored sealed by the SecretBox.
 */
export class SigningKeysService {
  private cache?: KeyCache;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly keys: SigningKeysRepository,
    private readonly box: SecretBox,
    private readonly rotationMs: number,
    private readonly deps: {
      unitOfWork: UnitOfWork<AuthTx>;
      guard: CallerGuard;
      audit: AuditTrail;
      log: (message: string, extra?: Record<string, unknown>) => void;
      now?: () => Date;
    },
  ) {}

  /** Ensures a usable key exists (creating the first, rotating an expired one) and loads it. */
  async init(): Promise<void> {
    await this.rotateIfDue();
    await this.reload();
  }

  /** Rotates in the background when the key ages out, and picks up other replicas' rotations. */
  start(): void {
    this.timer = setInterval(() => {
      this.rotateIfDue()
        .then(() => this.reload())
        .catch((error: unknown) => this.deps.log('signing key check failed', { err: error }));
    }, RELOAD_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async current(): Promise<SigningKey> {
    return (await this.loaded()).current;
  }

  async jwks(): Promise<JsonWebKeySet> {
    return (await this.loaded()).jwks;
  }

  async rotateByAdmin(ctx: AuthContext): Promise<KeyRotationResult> {
    const caller = await this.deps.guard.active(ctx);
    await this.deps.audit.denied(ctx, 'admin.keys.rotate', undefined, () =>
      assertAdmin(caller, ['admin:super-admin']),
    );
    const result = await this.deps.unitOfWork.run(ctx, async ({ tx }) => {
      await this.keys.lockRotation(tx);
      const rotated = await this.rotateIn(tx);
      await this.deps.audit.record(
        ctx,
        {
          action: 'admin.keys.rotate',
          outcome: 'success',
          targetType: 'signing-key',
          targetId: rotated.kid,
          details: { ...rotated },
        },
        tx,
      );
      return rotated;
    });
    await this.reload();
    return result;
  }

  /** Creates the first key, or a new one when the newest is older than the rotation age. */
  async rotateIfDue(): Promise<boolean> {
    const now = this.now();
    const [newest] = await this.keys.newest(1);
    if (newest && now.getTime() - newest.createdAt.getTime() < this.rotationMs) return false;
    const rotated = await this.deps.unitOfWork.run(
      systemContext('auth-signing-key-rotation'),
      async ({ tx }) => {
        await this.keys.lockRotation(tx);
        const [latest] = await this.keys.newest(1, tx);
        if (latest && now.getTime() - latest.createdAt.getTime() < this.rotationMs) return undefined;
        return this.rotateIn(tx);
      },
    );
    if (rotated) this.deps.log('signing key rotated', { ...rotated, reason: newest ? 'age' : 'first key' });
    return rotated !== undefined;
  }

  private async rotateIn(tx: AuthTx): Promise<KeyRotationResult> {
    const [previous] = await this.keys.newest(1, tx);
    const key = await newSigningKey();
    const der = key.privateKey.export({ format: 'der', type: 'pkcs8' });
    // Strictly after the previous key even if clocks disagree, so "newest" is never ambiguous.
    const createdAt = new Date(Math.max(this.now().getTime(), (previous?.createdAt.getTime() ?? 0) + 1));
    await this.keys.insert(tx, {
      kid: key.kid,
      publicJwk: { ...key.publicJwk },
      privateKeyEnc: this.box.seal(der, key.kid),
      createdAt,
    });
    return { kid: key.kid, previousKid: previous?.kid };
  }

  private async loaded(): Promise<KeyCache> {
    if (!this.cache || Date.now() - this.cache.loadedAt > RELOAD_MS) await this.reload();
    return this.cache!;
  }

  private async reload(): Promise<void> {
    const rows = await this.keys.newest(2);
    const [newest] = rows;
    if (!newest) throw new Error('No signing key exists; init() creates one.');
    const current =
      this.cache?.current.kid === newest.kid
        ? this.cache.current
        : { ...this.open(newest), createdAt: newest.createdAt };
    this.cache = {
      current,
      jwks: { keys: rows.map((row) => row.publicJwk as unknown as PublicJwk) },
      loadedAt: Date.now(),
    };
  }

  private open(row: SigningKeyRow): SigningKey {
    const der = this.box.open(row.privateKeyEnc, row.kid);
    return { kid: row.kid, privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) };
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
