import { Controller, Get, Inject, Query } from '@nestjs/common';
import { z } from 'zod';
import { bdMobileNumber } from '@getit/contracts';
import { parseOrThrow } from '@getit/errors';
import { DevSinkSmsSender } from '../infrastructure/sms/dev-sink.sms-sender';

const devSmsQuery = z.object({ phone: bdMobileNumber }).strict();

/**
 * `GET /dev/sms?phone=`: the messages the dev sink "sent" to a number, newest first. Registered only when
 * SMS_PROVIDER is dev-sink (never in production), and the gateway has no route to it.
 */
@Controller('dev/sms')
export class DevSmsController {
  constructor(@Inject(DevSinkSmsSender) private readonly sink: DevSinkSmsSender) {}

  @Get()
  async list(@Query() query: unknown): Promise<{ items: { phone: string; body: string; sentAt: string }[] }> {
    const rows = await this.sink.recent(parseOrThrow(devSmsQuery, query, 'query').phone);
    return {
      items: rows.map((row) => ({ phone: row.phone, body: row.body, sentAt: row.createdAt.toISOString() })),
    };
  }
}
