import { UnauthenticatedException, ValidationException } from '@getit/errors';
import { RequestContext } from '@getit/service-kit';
import { CourierReportMapper } from '../../domain/shipment/courier-report.mapper';
import type { CourierName } from '../../domain/shipment/courier-name';
import { CourierReportsService, ReportOutcome } from './courier-reports.service';
import { CourierWebhookGuard } from './courier-webhook.guard';
import { ShippingMetrics } from './shipping.metrics';

/** A courier webhook end to end: authenticate (refuse and count a forged one), map, store and apply. */
export class CourierWebhookService {
  constructor(
    private readonly guard: CourierWebhookGuard,
    private readonly reports: CourierReportsService,
    private readonly metrics: ShippingMetrics,
  ) {}

  async receive(
    ctx: RequestContext,
    courier: CourierName,
    headers: Record<string, string | string[] | undefined>,
    body: unknown,
    token?: string,
  ): Promise<ReportOutcome | 'integration_check'> {
    if (!this.guard.genuine(courier, headers, token)) {
      this.metrics.forgedWebhook(courier);
      throw new UnauthenticatedException(`The ${courier} webhook did not carry the configured credential.`);
    }
    const payload =
      body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
    if (courier === 'pathao' && payload.event === 'webhook_integration') return 'integration_check';
    const mapped = CourierReportMapper[courier](payload);
    if (!mapped)
      throw new ValidationException(`The ${courier} webhook names no consignment.`, [
        { field: courier === 'redx' ? 'tracking_number' : 'consignment_id', reason: 'is required' },
      ]);
    return this.reports.report(ctx, courier, mapped, payload);
  }
}
