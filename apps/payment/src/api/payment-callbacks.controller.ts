import { Body, Controller, Get, HttpCode, Inject, Post, Query, Redirect } from '@nestjs/common';
import { DependencyUnavailableException, DomainException, ErrorCode } from '@getit/errors';
import { Ctx, type RequestContext } from '@getit/service-kit';
import { CallbackResult, OnlineCallbacksService } from '../application/online-callbacks.service';
import { StorefrontReturn } from '../application/storefront-return';
import { CallbackChannel, OnlineMethod } from '../domain';

/** A query string or form body as flat fields: repeated keys keep their first value, non-strings are dropped. */
export function callbackFields(input: unknown): Record<string, string> {
  if (!input || typeof input !== 'object') return {};
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') fields[key] = first;
  }
  return fields;
}

interface RedirectAnswer {
  url: string;
  statusCode: number;
}

/**
 * Provider callbacks, public at the gateway (no auth: the providers and the shopper's browser call them). The
 * browser is always sent on to the storefront (303) with the outcome; the IPN gets 200, 400 when rejected, or 503
 * when the provider could not be asked (SSLCommerz retries). What the callback says is checked with the provider
 * before anything changes.
 */
@Controller('payments/callbacks')
export class PaymentCallbacksController {
  constructor(
    @Inject(OnlineCallbacksService) private readonly callbacks: OnlineCallbacksService,
    @Inject(StorefrontReturn) private readonly storefront: StorefrontReturn,
  ) {}

  /** bKash: GET with paymentID, status (success | failure | cancel), signature. */
  @Get('bkash')
  @Redirect()
  bkash(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<RedirectAnswer> {
    return this.browser(ctx, 'bkash', query);
  }

  /** Nagad: GET with merchant, order_id, payment_ref_id, status, status_code, message. */
  @Get('nagad')
  @Redirect()
  nagad(@Ctx() ctx: RequestContext, @Query() query: unknown): Promise<RedirectAnswer> {
    return this.browser(ctx, 'nagad', query);
  }

  /** SSLCommerz's server-to-server notification (form). */
  @Post('sslcommerz/ipn')
  @HttpCode(200)
  async sslcommerzIpn(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<{ outcome: string }> {
    const result = await this.callbacks.handle(ctx, 'sslcommerz', 'ipn', callbackFields(body));
    // refusals are problem+json like every other; `outcome` stays in the body for the provider's logs
    if (result.outcome === 'rejected')
      throw new DomainException(
        ErrorCode.BAD_REQUEST,
        'The notification was rejected: SSLCommerz did not confirm it.',
        {
          extensions: { outcome: result.outcome },
        },
      );
    if (result.outcome === 'unavailable')
      throw new DependencyUnavailableException(
        'SSLCommerz could not be asked about this payment; notify again later.',
        {
          extensions: { outcome: result.outcome },
        },
      );
    return { outcome: result.outcome };
  }

  /** SSLCommerz's browser form posts: the posted status is never trusted. */
  @Post('sslcommerz/success')
  @Redirect()
  sslcommerzSuccess(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<RedirectAnswer> {
    return this.browser(ctx, 'sslcommerz', body);
  }

  @Post('sslcommerz/fail')
  @Redirect()
  sslcommerzFail(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<RedirectAnswer> {
    return this.browser(ctx, 'sslcommerz', body);
  }

  @Post('sslcommerz/cancel')
  @Redirect()
  sslcommerzCancel(@Ctx() ctx: RequestContext, @Body() body: unknown): Promise<RedirectAnswer> {
    return this.browser(ctx, 'sslcommerz', body);
  }

  private async browser(ctx: RequestContext, method: OnlineMethod, input: unknown): Promise<RedirectAnswer> {
    const channel: CallbackChannel = 'redirect';
    const result: CallbackResult = await this.callbacks.handle(ctx, method, channel, callbackFields(input));
    return { url: this.storefront.urlFor(result.orderId, result.flag), statusCode: 303 };
  }
}
