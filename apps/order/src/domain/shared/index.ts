export type { Actor, ActorKind } from './actor';
export type { TransitionResult } from './transition-result';
export { IllegalTransitionException } from './illegal-transition.exception';
