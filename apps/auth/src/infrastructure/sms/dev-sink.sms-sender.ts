import { randomUUID } from 'node:crypto';
import { AuthPrismaClient, SmsMessageRow } from '../auth-prisma';
import { SmsSender } from './sms-sender';

/**
 * Development and tests: "sends" by storing the message in auth's own database, where `GET /dev/sms` reads it
 * back. Codes therefore never appear in logs. Refused in production by the config.
 */
export class DevSinkSmsSender implements SmsSender {
  readonly provider = 'dev-sink';

  constructor(private readonly prisma: AuthPrismaClient) {}

  async send(phone: string, body: string): Promise<void> {
    await this.prisma.smsMessage.create({ data: { id: randomUUID(), phone, body } });
  }

  recent(phone: string, limit = 20): Promise<SmsMessageRow[]> {
    return this.prisma.smsMessage.findMany({
      where: { phone },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: limit,
    });
  }
}
