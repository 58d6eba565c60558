import { loadConfig } from '@getit/config';
import { paymentSandboxConfigSchema, toSandboxOptions } from './payment-sandbox.config';

const load = (env: Record<string, string>) =>
  loadConfig(paymentSandboxConfigSchema, env, { service: 'payment-sandbox' });

describe('paymentSandboxConfigSchema', () => {
  it('defaults to loopback on 3090 with the providers’ public sandbox settings', () => {
    const options = toSandboxOptions(load({}));
    expect(options).toMatchObject({ host: '127.0.0.1', port: 3090, maxPayments: 50_000 });
    expect(options.publicUrl).toBeUndefined();
    expect(options.nagad).toMatchObject({ signatureAlgorithm: 'sha256', cancelStatus: 'Aborted' });
    expect(options.nagad?.merchantPublicKey).toBeUndefined();
  });

  it('reads NAGAD_CANCEL_STATUS in any case and passes Nagad’s spelling on', () => {
    for (const [value, status] of [
      ['Cancelled', 'Cancelled'],
      ['cancelled', 'Cancelled'],
      ['Aborted', 'Aborted'],
      ['', 'Aborted'],
    ] as const) {
      expect({
        value,
        status: toSandboxOptions(load({ NAGAD_CANCEL_STATUS: value })).nagad?.cancelStatus,
      }).toEqual({
        value,
        status,
      });
    }
    expect(() => load({ NAGAD_CANCEL_STATUS: 'Refunded' })).toThrow(/NAGAD_CANCEL_STATUS/);
  });

  it('takes PUBLIC_URL as the browser-facing address', () => {
    expect(toSandboxOptions(load({ PUBLIC_URL: 'http://localhost:3090' })).publicUrl).toMatch(
      /^http:\/\/localhost:3090\/?$/,
    );
    expect(() => load({ PUBLIC_URL: 'ftp://localhost' })).toThrow(/PUBLIC_URL/);
  });
});
