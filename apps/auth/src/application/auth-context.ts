import { RequestContext } from '@getit/service-kit';
import { Caller } from '../domain/caller';

/**
 * The request context auth's use cases take first: the platform's context plus what auth needs about the
 * caller (MFA, session) and the connection (client IP as the gateway forwards it, user agent).
 */
export interface AuthContext extends RequestContext {
  caller?: Caller;
  ip?: string;
  userAgent?: string;
}
