import { EmbeddedServiceName, parseServiceOverrides, ServiceOverridesError } from './service-overrides';

const DOCUMENTED: Partial<Record<EmbeddedServiceName, string[]>> = {
  gateway: ['PORT', 'LOG_LEVEL', 'CATALOG_URL', 'RATE_LIMIT_IP_PER_MINUTE', 'RATE_LIMIT_AUTH_PER_MINUTE'],
  catalog: ['PORT', 'PUBLIC_CACHE_TTL_MS'],
  payment: ['PAYMENT_METHODS_ENABLED', 'PAYOUT_MIN_POISHA'],
  'payment-sandbox': ['LOG_LEVEL', 'PAYMENT_SANDBOX_MAX_PAYMENTS'],
  shipping: ['PORT'],
};
const documented = (service: EmbeddedServiceName) => DOCUMENTED[service];
const parse = (env: Record<string, string>) => parseServiceOverrides(env, documented);
const problemsOf = (env: Record<string, string>) => {
  try {
    parse(env);
  } catch (error) {
    return (error as ServiceOverridesError).problems;
  }
  throw new Error('expected the settings to be refused');
};

describe('per-service settings for npm start', () => {
  it('passes <SERVICE>__<VARIABLE> to that service only', () => {
    const overrides = parse({
      GATEWAY__RATE_LIMIT_IP_PER_MINUTE: '0',
      GATEWAY__RATE_LIMIT_AUTH_PER_MINUTE: '0',
      CATALOG__PUBLIC_CACHE_TTL_MS: '0',
      PAYMENT_SANDBOX__PAYMENT_SANDBOX_MAX_PAYMENTS: '100',
    });
    expect(overrides.for('gateway')).toEqual({
      RATE_LIMIT_IP_PER_MINUTE: '0',
      RATE_LIMIT_AUTH_PER_MINUTE: '0',
    });
    expect(overrides.for('catalog')).toEqual({ PUBLIC_CACHE_TTL_MS: '0' });
    expect(overrides.for('payment-sandbox')).toEqual({ PAYMENT_SANDBOX_MAX_PAYMENTS: '100' });
    expect(overrides.for('payment')).toEqual({});
    expect(overrides.warnings).toEqual([]);
  });

  it("leaves alone variables that only start with a service name, and other tools' double underscores", () => {
    const overrides = parse({
      SHIPPING_URL: 'http://x',
      PAYMENT_METHODS_ENABLED: 'cod',
      NX__CACHE: '1',
      PATH: '/bin',
    });
    expect(EMBEDDED_FOR_ALL.map((s) => overrides.for(s))).toEqual(EMBEDDED_FOR_ALL.map(() => ({})));
    expect(overrides.warnings).toEqual([]);
  });

  it('warns about a single underscore where two were meant', () => {
    expect(parse({ GATEWAY_RATE_LIMIT_IP_PER_MINUTE: '0' }).warnings).toEqual([
      'GATEWAY_RATE_LIMIT_IP_PER_MINUTE is not passed to gateway; did you mean GATEWAY__RATE_LIMIT_IP_PER_MINUTE?',
    ]);
  });

  it('refuses, naming each variable: an unknown service, an undocumented variable, host wiring', () => {
    expect(
      problemsOf({
        GATEWY__RATE_LIMIT_IP_PER_MINUTE: '0',
        GATEWAY__RATE_LIMIT_IP_PER_MINUTES: '0',
        GATEWAY__CATALOG_URL: 'http://elsewhere',
        SHIPPING__PORT: '3005',
      }),
    ).toEqual([
      expect.stringMatching(
        /^GATEWY__RATE_LIMIT_IP_PER_MINUTE: GATEWY is not a service; use one of GATEWAY, /,
      ),
      'GATEWAY__RATE_LIMIT_IP_PER_MINUTES: gateway has no variable RATE_LIMIT_IP_PER_MINUTES (apps/gateway/.env.example lists them)',
      'GATEWAY__CATALOG_URL: CATALOG_URL is wired by the embedded host and cannot be overridden',
      'SHIPPING__PORT: PORT is wired by the embedded host and cannot be overridden',
    ]);
  });

  it("reads the real services' documented variables from their .env.example", () => {
    const overrides = parseServiceOverrides({ GATEWAY__RATE_LIMIT_IP_PER_MINUTE: '0' });
    expect(overrides.for('gateway')).toEqual({ RATE_LIMIT_IP_PER_MINUTE: '0' });
    expect(() => parseServiceOverrides({ ORDER__NO_SUCH_SETTING: '1' })).toThrow(
      /ORDER__NO_SUCH_SETTING: order has no variable NO_SUCH_SETTING/,
    );
  });
});

const EMBEDDED_FOR_ALL: EmbeddedServiceName[] = [
  'gateway',
  'catalog',
  'payment',
  'payment-sandbox',
  'shipping',
];
