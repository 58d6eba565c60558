import { createServer } from 'node:net';

/**
 * A port nothing listens on now, for a service the host starts next. Services validate PORT as 1–65535, so the
 * host asks the system for one (port 0) and hands it over; fixed offsets from PORT collided with whatever else the
 * machine runs (PORT=3300 put order on MySQL's 3306).
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
