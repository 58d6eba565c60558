import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A stand-in for the shipping service's POST /quotes (another team's service, not ours to start here): same
 * district ৳70, elsewhere ৳120, plus 1% of the COD amount. `down` makes it answer 503 like an outage.
 */
export class FakeShipping {
  private server?: Server;
  down = false;
  requests: any[] = [];

  async start(): Promise<string> {
    this.server = createServer(async (request, response) => {
      const body = JSON.parse((await read(request)) || '{}');
      this.requests.push(body);
      if (this.down || request.url !== '/quotes') {
        response.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"status":503}');
        return;
      }
      const packages = body.packages.map((p: any) => {
        const base = p.originDistrict === body.destination.district ? 7_000 : 12_000;
        const cod = Math.round((p.codAmountPoisha ?? 0) / 100);
        return {
          vendorId: p.vendorId,
          originDistrict: p.originDistrict,
          destinationDistrict: body.destination.district,
          zone: base === 7_000 ? 'same_city' : 'outside_dhaka',
          weightGrams: p.weightGrams,
          slab: 'up_to_1kg',
          basePoisha: base,
          extraKg: 0,
          extraKgPoisha: 0,
          codFeePoisha: cod,
          totalPoisha: base + cod,
          breakdown: { en: `৳${(base + cod) / 100}`, bn: `৳${(base + cod) / 100}` },
        };
      });
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          currency: 'BDT',
          rateCardVersion: 1,
          packages,
          totalPoisha: packages.reduce((sum: number, p: any) => sum + p.totalPoisha, 0),
        }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

async function read(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}
