// A small JSON-over-HTTP client for the custom closed-loop drivers (reserve + release, login): node:http on a
// keep-alive agent with one socket per connection, so N workers hold N sockets, like autocannon's connections.
import http from 'node:http';

const REQUEST_TIMEOUT_MS = 10_000;

/** `call(method, path, body?, headers?)` resolves to `{ status, json, text }`; `close()` drops the sockets. */
export function jsonClient(origin, sockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const { hostname, port } = new URL(origin);
  const call = (method, path, body, headers = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          agent,
          hostname,
          port,
          method,
          path,
          timeout: REQUEST_TIMEOUT_MS,
          headers: payload
            ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : headers,
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json;
            try {
              json = text ? JSON.parse(text) : undefined;
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode, json, text });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(payload);
    });
  return { call, close: () => agent.destroy() };
}
