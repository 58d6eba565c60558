import { DefaultedEnvField } from './env-field';
import { oneOf } from './one-of.field';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** `NODE_ENV`, default 'development'; container images set 'production'. */
export function nodeEnv(defaultEnv: NodeEnv = 'development'): DefaultedEnvField<NodeEnv> {
  return oneOf(NODE_ENVS).default(defaultEnv);
}
