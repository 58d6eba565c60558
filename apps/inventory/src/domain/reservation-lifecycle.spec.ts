import { decideTransition } from './reservation-lifecycle';

const now = new Date('2026-11-21T05:00:00Z');
const later = new Date('2026-11-21T05:15:00Z');
const earlier = new Date('2026-11-21T04:45:00Z');

describe('decideTransition', () => {
  it('commits an active reservation that has not expired', () => {
    expect(decideTransition('active', 'commit', later, now)).toEqual({
      outcome: 'apply',
      status: 'committed',
    });
  });

  it('refuses to commit an expired, released or already expired reservation', () => {
    expect(decideTransition('active', 'commit', earlier, now)).toMatchObject({ outcome: 'refuse' });
    expect(decideTransition('released', 'commit', later, now)).toEqual({
      outcome: 'refuse',
      reason: 'the reservation was released',
    });
    expect(decideTransition('expired', 'commit', earlier, now)).toMatchObject({ outcome: 'refuse' });
  });

  it('answers a repeated commit or release without changing anything', () => {
    expect(decideTransition('committed', 'commit', later, now)).toEqual({ outcome: 'unchanged' });
    expect(decideTransition('released', 'release', later, now)).toEqual({ outcome: 'unchanged' });
    expect(decideTransition('expired', 'release', earlier, now)).toEqual({ outcome: 'unchanged' });
  });

  it('releases an active reservation, expired or not, but never a committed one', () => {
    expect(decideTransition('active', 'release', earlier, now)).toEqual({
      outcome: 'apply',
      status: 'released',
    });
    expect(decideTransition('committed', 'release', later, now)).toMatchObject({ outcome: 'refuse' });
  });

  it('expires only active reservations whose time is up', () => {
    expect(decideTransition('active', 'expire', earlier, now)).toEqual({
      outcome: 'apply',
      status: 'expired',
    });
    expect(decideTransition('active', 'expire', later, now)).toEqual({ outcome: 'unchanged' });
    expect(decideTransition('committed', 'expire', earlier, now)).toEqual({ outcome: 'unchanged' });
  });
});
