import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { TracerProvider } from '@opentelemetry/sdk-trace';
import { createLogger } from './create-logger';
import { runWithLogContext } from './log-context';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({
    service: 'catalog',
    level: 'debug',
    destination: { write: (line) => lines.push(line) },
  });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, entries };
}

describe('createLogger', () => {
  it('writes one JSON object per line with service, ISO time and the level label', () => {
    const { logger, entries } = capture();

    logger.info({ orderId: 'o-1' }, 'order placed');

    const [entry] = entries();
    expect(entry).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      service: 'catalog',
      orderId: 'o-1',
      msg: 'order placed',
    });
  });

  it('drops lines below the configured level', () => {
    const { logger, entries } = capture();

    logger.trace('noise');

    expect(entries()).toEqual([]);
  });

  it('adds the correlation and request ids of the current log context', () => {
    const { logger, entries } = capture();

    runWithLogContext({ correlationId: 'corr-1', requestId: 'req-1' }, () => logger.info('inside'));
    logger.info('outside');

    const [inside, outside] = entries();
    expect(inside).toMatchObject({ correlationId: 'corr-1', requestId: 'req-1' });
    expect(outside).not.toHaveProperty('correlationId');
    expect(outside).not.toHaveProperty('requestId');
  });

  it('serializes an Error logged under `error` with its message and stack', () => {
    const { logger, entries } = capture();

    logger.error({ error: new Error('boom') }, 'failed');

    expect(entries()[0]?.['error']).toMatchObject({
      type: 'Error',
      message: 'boom',
      stack: expect.any(String),
    });
  });

  describe('secrets', () => {
    it('are redacted at the top level, one level down and in request headers', () => {
      const { logger, entries } = capture();

      logger.info(
        {
          password: 'pw-top',
          body: { password: 'pw-nested', otp: '123456', code: 'SKU-1' },
          user: { passwordHash: 'hash', name: 'Rahim' },
          session: { accessToken: 'at', refreshToken: 'rt' },
          req: {
            headers: { authorization: 'Bearer abc', cookie: 'sid=1', 'x-api-key': 'key-1', host: 'api' },
          },
          credentials: { secret: 's', apiKey: 'k' },
        },
        'login',
      );

      const [entry] = entries();
      expect(entry).toMatchObject({
        password: '[redacted]',
        body: { password: '[redacted]', otp: '[redacted]', code: 'SKU-1' },
        user: { passwordHash: '[redacted]', name: 'Rahim' },
        session: { accessToken: '[redacted]', refreshToken: '[redacted]' },
        req: {
          headers: {
            authorization: '[redacted]',
            cookie: '[redacted]',
            'x-api-key': '[redacted]',
            host: 'api',
          },
        },
        credentials: { secret: '[redacted]', apiKey: '[redacted]' },
      });
      expect(JSON.stringify(entry)).not.toMatch(/pw-top|pw-nested|Bearer abc|key-1|123456/);
    });

    it('are redacted in child logger bindings', () => {
      const { logger, entries } = capture();

      logger.child({ token: 't-1' }).info('child');

      expect(entries()[0]).toMatchObject({ token: '[redacted]' });
    });
  });

  describe('with OpenTelemetry', () => {
    const contextManager = new AsyncLocalStorageContextManager();
    const tracer = new TracerProvider().getTracer('logging-spec');

    beforeAll(() => context.setGlobalContextManager(contextManager.enable()));
    afterAll(() => context.disable());

    it('adds the trace and span ids of the active span', () => {
      const { logger, entries } = capture();

      const ids = tracer.startActiveSpan('handle request', (span) => {
        logger.info('in span');
        span.end();
        return span.spanContext();
      });

      expect(entries()[0]).toMatchObject({ traceId: ids.traceId, spanId: ids.spanId });
      expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
    });

    it('adds nothing outside a span or for an invalid span context', () => {
      const { logger, entries } = capture();

      logger.info('no span');
      context.with(trace.setSpan(context.active(), trace.wrapSpanContext(invalidSpanContext())), () =>
        logger.info('invalid span'),
      );

      for (const entry of entries()) {
        expect(entry).not.toHaveProperty('traceId');
        expect(entry).not.toHaveProperty('spanId');
      }
    });
  });
});

function invalidSpanContext() {
  return { traceId: '0'.repeat(32), spanId: '0'.repeat(16), traceFlags: 0 };
}
