import { z } from 'zod';

/** The one envelope every event travels in, whichever transport carries it. */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z0-9-]+\.v\d+$/, 'must look like <domain>.<event>.v<N>'),
  occurredAt: z.iso.datetime({ offset: true }),
  producer: z.string().min(1),
  correlationId: z.string().min(1),
  key: z.string().min(1),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & {
  data: TData;
};
