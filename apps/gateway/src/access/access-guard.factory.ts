import { Logger } from '@getit/logging';
import { RateLimiter } from '@getit/rate-limit';
import { ServiceRuntime } from '@getit/service-kit';
import { AccessTokenVerifier } from '../auth/access-token.verifier';
import { JwksKeyStore } from '../auth/jwks-key.store';
import { GatewayConfig } from '../config/gateway.config';
import { GatewayMetrics } from '../gateway.metrics';
import { RateLimitPolicy } from '../rate-limit/rate-limit.policy';
import { AccessGuard } from './access.guard';

/** Assembles token verification and rate limiting from the config, registering their health and shutdown. */
export function createAccessGuard(config: GatewayConfig, runtime: ServiceRuntime): AccessGuard {
  const limiter = rateLimiter(config, runtime);
  runtime.onStop('connections', () => limiter.close());
  return new AccessGuard({
    verifier: tokenVerifier(config, runtime.logger),
    rateLimits: new RateLimitPolicy(
      limiter,
      {
        ipPerMinute: config.RATE_LIMIT_IP_PER_MINUTE,
        accountPerMinute: config.RATE_LIMIT_ACCOUNT_PER_MINUTE,
        authPerMinute: config.RATE_LIMIT_AUTH_PER_MINUTE,
      },
      throttled((error) =>
        runtime.logger.warn({ err: error }, 'rate limits unavailable; letting requests through'),
      ),
    ),
    trustedProxyHops: config.TRUSTED_PROXY_HOPS,
    metrics: new GatewayMetrics(runtime.registry),
  });
}

function rateLimiter(config: GatewayConfig, runtime: ServiceRuntime): RateLimiter {
  if (!config.REDIS_URL) return RateLimiter.memory();
  const redis = RateLimiter.redis({
    url: config.REDIS_URL,
    keyPrefix: config.RATE_LIMIT_KEY_PREFIX,
    onError: throttled((error) =>
      runtime.logger.warn({ err: error }, 'redis connection failed; counting in this process meanwhile'),
    ),
  });
  runtime.health.add('redis', () => redis.healthy());
  return redis;
}

function tokenVerifier(config: GatewayConfig, logger: Logger): AccessTokenVerifier | undefined {
  if (!config.AUTH_URL) {
    logger.warn('AUTH_URL is not set: no token can be verified, so only public routes answer');
    return undefined;
  }
  const keys = new JwksKeyStore({
    jwksUrl: `${config.AUTH_URL.replace(/\/+$/, '')}/.well-known/jwks.json`,
    onRefreshError: throttled((error) =>
      logger.warn({ err: error }, 'could not refresh the signing keys from auth; keeping the last ones'),
    ),
  });
  void keys.warm();
  return new AccessTokenVerifier(keys);
}

/** Logs a repeating failure (a reconnect loop) once per 30 s rather than on every attempt. */
function throttled(log: (error: unknown) => void, intervalMs = 30_000): (error: unknown) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (error) => {
    if (Date.now() - last < intervalMs) return;
    last = Date.now();
    log(error);
  };
}
