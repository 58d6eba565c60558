import { ConflictException } from '@getit/errors';

/** 409: the action is not allowed from the current state; names the machine, the state and the action. */
export class IllegalTransitionException extends ConflictException {
  constructor(
    readonly machine: 'order' | 'package',
    readonly from: string,
    readonly action: string,
    why?: string,
  ) {
    super(
      `Cannot ${action} ${machine === 'order' ? 'an' : 'a'} ${machine} that is ${from}${why ? `: ${why}` : ''}.`,
      {
        extensions: { machine, from, action },
      },
    );
  }
}
