import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { waitFor } from '@getit/testing';
import { startTracing, Tracing } from './tracing';

describe('startTracing', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  beforeAll(() => {
    tracing = startTracing({
      serviceName: 'catalog',
      spanProcessors: [new SimpleSpanProcessor({ exporter })],
    });
  });
  afterAll(() => tracing.shutdown());

  it('carries a trace across a message hop in W3C headers', async () => {
    const tracer = trace.getTracer('test');
    const headers: Record<string, string> = {};
    const producer = tracer.startSpan('publish catalog.products');
    context.with(trace.setSpan(context.active(), producer), () =>
      propagation.inject(context.active(), headers),
    );
    producer.end();

    expect(headers['traceparent']).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    const consumer = tracer.startSpan(
      'process catalog.products',
      {},
      propagation.extract(context.active(), headers),
    );
    consumer.end();

    await waitFor('both spans exported', () => exporter.getFinishedSpans().length === 2);
    const [published, processed] = exporter.getFinishedSpans();
    expect(processed!.spanContext().traceId).toBe(published!.spanContext().traceId);
    expect(processed!.parentSpanContext?.spanId).toBe(published!.spanContext().spanId);
  });
});
