import { DomainException } from '@getit/errors';

/** A state machine's answer: the new state, or the typed reason it refused. Nothing is thrown. */
export type TransitionResult<T> = { ok: true; value: T } | { ok: false; error: DomainException };
