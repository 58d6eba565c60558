import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvelope } from './event-envelope';
import { parseEnvelope } from './event-envelope.parser';
import { EVENTS, EventType } from './event-map';

const fixturesDir = join(__dirname, 'fixtures');
const fixtures = readdirSync(fixturesDir).map((file) => ({
  file,
  raw: readFileSync(join(fixturesDir, file), 'utf8'),
}));

const upserted = () => fixtures.find((f) => f.file.startsWith('catalog.product-upserted'))!.raw;

describe('event contracts', () => {
  it('has exactly one fixture per event type', () => {
    expect(fixtures.map((f) => f.file.replace(/\.json$/, '')).sort()).toEqual(Object.keys(EVENTS).sort());
  });

  it.each(fixtures)('fixture $file validates against its schema', ({ file, raw }) => {
    const parsed = parseEnvelope(raw);
    expect(parsed).toMatchObject({ ok: true, known: true });
    if (parsed.ok) expect(parsed.event.type).toBe(file.replace(/\.json$/, ''));
  });

  it('names every type <domain>.<event>.v<N> and keys one aggregate to one topic', () => {
    for (const [type, { topic }] of Object.entries(EVENTS)) {
      expect(type).toMatch(/^[a-z]+\.[a-z0-9-]+\.v\d+$/);
      expect(topic.split('.')[0]).toBe(type.split('.')[0]);
    }
  });

  it('rejects a payload that breaks its schema, naming the field', () => {
    const fixture = JSON.parse(upserted());
    fixture.data = { ...fixture.data, price: { amountPoisha: 12.5, currency: 'BDT' } };
    const parsed = parseEnvelope(JSON.stringify(fixture));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('price.amountPoisha');
  });

  it('rejects non-JSON and envelopes without an id', () => {
    expect(parseEnvelope('not json')).toEqual({ ok: false, reason: 'message is not JSON' });
    expect(parseEnvelope({ type: 'catalog.product-upserted.v1' }).ok).toBe(false);
  });

  it('passes unknown but well-formed event types through as unknown', () => {
    const fixture = JSON.parse(upserted());
    fixture.type = 'catalog.something-new.v1';
    expect(parseEnvelope(fixture)).toMatchObject({ ok: true, known: false });
  });

  it('createEnvelope refuses an invalid payload before anything is written', () => {
    const type: EventType = 'catalog.product-removed.v1';
    expect(() =>
      createEnvelope(type, { productId: 'nope', vendorId: 'x', reason: 'archived', version: 1 } as never, {
        producer: 'catalog',
        correlationId: 'c',
        key: 'k',
      }),
    ).toThrow();
  });
});
