import type { IncomingHttpHeaders } from 'node:http';
import { RequestHeaders } from '../shared/request-headers';
import { NagadError } from './nagad.error';

const REQUIRED = ['X-KM-Api-Version', 'X-KM-IP-V4', 'X-KM-Client-Type'] as const;
export const NAGAD_CLIENT_TYPES = [
  'PC_WEB',
  'MOBILE_WEB',
  'MOBILE_APP',
  'WALLET_WEB_VIEW',
  'BILL_KEY',
] as const;

/** Every Nagad call carries X-KM-Api-Version, X-KM-IP-V4 and X-KM-Client-Type. */
export class NagadHeadersGuard {
  static check(headers: IncomingHttpHeaders): { clientType: string; clientIp: string } {
    const read = new RequestHeaders(headers);
    const missing = REQUIRED.filter((name) => read.get(name) === undefined);
    if (missing.length) throw new NagadError('requiredHeaderMissing', `missing ${missing.join(', ')}`);
    const clientType = read.get('X-KM-Client-Type') as string;
    if (!(NAGAD_CLIENT_TYPES as readonly string[]).includes(clientType)) {
      throw new NagadError(
        'requiredHeaderMissing',
        `X-KM-Client-Type must be one of ${NAGAD_CLIENT_TYPES.join(', ')}`,
      );
    }
    return { clientType, clientIp: read.get('X-KM-IP-V4') as string };
  }
}
