import { Module } from '@nestjs/common';

/** The gateway has no controllers of its own: its routes are the proxy table, registered on Fastify directly. */
@Module({})
export class GatewayModule {}
