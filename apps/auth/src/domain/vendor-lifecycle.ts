import { ConflictException } from '@getit/errors';

export type VendorStatus = 'pending' | 'approved' | 'rejected' | 'suspended';
export type VendorDecision = 'approve' | 'reject' | 'suspend' | 'reinstate';

/** Which decision may follow which status, and where it leads. Rejected is final: the owner applies again. */
const TRANSITIONS: Readonly<Record<VendorDecision, { from: VendorStatus; to: VendorStatus }>> = {
  approve: { from: 'pending', to: 'approved' },
  reject: { from: 'pending', to: 'rejected' },
  suspend: { from: 'approved', to: 'suspended' },
  reinstate: { from: 'suspended', to: 'approved' },
};

export const DECISIONS_NEEDING_REASON: ReadonlySet<VendorDecision> = new Set(['reject', 'suspend']);

/** The status after `decision`, or a ConflictException naming what the vendor's status allows. */
export function nextVendorStatus(current: VendorStatus, decision: VendorDecision): VendorStatus {
  const transition = TRANSITIONS[decision];
  if (transition.from !== current) {
    const allowed = (Object.keys(TRANSITIONS) as VendorDecision[]).filter(
      (d) => TRANSITIONS[d].from === current,
    );
    throw new ConflictException(
      `A ${current} vendor cannot be ${pastTense(decision)}` +
        (allowed.length ? `; it can be ${allowed.map(pastTense).join(' or ')}.` : '.'),
      { extensions: { status: current } },
    );
  }
  return transition.to;
}

function pastTense(decision: VendorDecision): string {
  return { approve: 'approved', reject: 'rejected', suspend: 'suspended', reinstate: 'reinstated' }[decision];
}
