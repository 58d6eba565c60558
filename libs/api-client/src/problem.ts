import type { components } from './generated/gateway-api';

/** RFC 9457 problem details as the gateway and every service answer them. */
export type Problem = components['schemas']['Problem'];

/** A problem from an error body, or a synthetic one for a network failure or a non-problem answer. */
export function toProblem(error: unknown, status: number): Problem {
  if (typeof error === 'object' && error !== null && 'code' in error && 'title' in error)
    return error as Problem;
  return {
    type: 'about:blank',
    title: 'Service unavailable',
    status,
    code: status === 0 ? 'unreachable' : 'unexpected',
  };
}
