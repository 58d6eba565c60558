import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventPattern, MessagePattern } from '@nestjs/microservices';
import { EventConsumerStrategy, InProcessTransport, UnitOfWork } from '../src';

const noDatabase = <R>(): Promise<R> => Promise.reject(new Error('no database'));

/** Start-up checks that need no database: the strategy fails fast rather than leave a handler unsubscribed. */
describe('EventConsumerStrategy start-up', () => {
  async function start(controller: new (...args: never[]) => unknown): Promise<unknown> {
    const transport = new InProcessTransport();
    await transport.connect();
    const strategy = new EventConsumerStrategy({
      transport,
      // never asked for a transaction: start-up fails before anything is consumed
      unitOfWork: new UnitOfWork({ db: { $transaction: noDatabase } }),
      groupId: 'spec.group',
    });
    @Module({ controllers: [controller] })
    class SpecModule {}
    const app = await NestFactory.createMicroservice(SpecModule, { strategy, logger: false });
    try {
      await app.listen();
      return strategy.subscriptions;
    } finally {
      await app.close();
      await transport.close();
    }
  }

  it('refuses a pattern that names no event type', async () => {
    @Controller()
    class Typo {
      @EventPattern('catalog.product-upsert.v1')
      handle(): void {}
    }
    await expect(start(Typo)).rejects.toThrow(
      "@EventPattern('catalog.product-upsert.v1') names no event type in @getit/contracts",
    );
  });

  it('refuses request/response handlers: events are one-way', async () => {
    @Controller()
    class Rpc {
      @MessagePattern('catalog.product-upserted.v1')
      handle(): void {}
    }
    await expect(start(Rpc)).rejects.toThrow('is not served: events are one-way, use @EventPattern');
  });

  it('gives two handlers of one type in different groups a consumer each', async () => {
    @Controller()
    class Both {
      @EventPattern('catalog.product-upserted.v1')
      index(): void {}
      @EventPattern('catalog.product-upserted.v1', { group: 'spec.other' })
      audit(): void {}
    }
    expect(await start(Both)).toEqual([
      { groupId: 'spec.group', types: ['catalog.product-upserted.v1'] },
      { groupId: 'spec.other', types: ['catalog.product-upserted.v1'] },
    ]);
  });
});
