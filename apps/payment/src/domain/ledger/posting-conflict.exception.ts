import { ConflictException } from '@getit/errors';

export type PostingConflict =
  'duplicate_id' | 'unknown_original' | 'already_reversed' | 'reversal_of_reversal';

const DETAIL: Record<PostingConflict, string> = {
  duplicate_id: 'was already posted with different content',
  unknown_original: 'reverses a posting that is not in the ledger',
  already_reversed: 'reverses a posting that was already reversed',
  reversal_of_reversal: 'is a reversal and cannot be reversed; post the original again under a new id',
};

/** 409: the ledger is append-only; a posting clashes with what is already in it. */
export class PostingConflictException extends ConflictException {
  constructor(
    readonly conflict: PostingConflict,
    readonly postingId: string,
  ) {
    super(`Posting ${postingId} ${DETAIL[conflict]}.`, { extensions: { conflict, postingId } });
  }
}
