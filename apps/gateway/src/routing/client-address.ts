import { isIPv4, isIPv6 } from 'node:net';

/**
 * The caller's address. With no trusted proxy it is the socket's peer. Behind N proxies that each append the
 * address they saw to X-Forwarded-For (an ingress controller: N = 1), it is the Nth entry from the right; entries
 * further left were written by the client and prove nothing.
 */
export function clientAddress(
  socketAddress: string,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  if (trustedHops === 0 || forwardedFor === undefined) return socketAddress;
  const chain = [
    ...(Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(','),
    socketAddress,
  ]
    .map((entry) => entry.trim())
    .filter(Boolean);
  const candidate = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return isIPv4(candidate) || isIPv6(candidate) ? candidate : socketAddress;
}

/**
 * What per-IP limits count by: an IPv4 address as is, an IPv6 address by its /64, since one subscriber gets a
 * whole /64 and could otherwise rotate through 2^64 addresses to dodge the limit.
 */
export function rateLimitSubject(address: string): string {
  const plain = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (!isIPv6(plain)) return plain;
  const [head = '', tail] = plain.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? headGroups
      : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
