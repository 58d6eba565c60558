// Ceiling 1: the cheapest possible Node HTTP service on this machine. No framework, no I/O, one small JSON body.
// Whatever our services reach is measured against this; the load generator shares the same cores.
import http from 'node:http';

const body = JSON.stringify({
  id: '00000000-0000-4000-8000-000000000000',
  title: { en: 'Jamdani Saree' },
  ok: true,
});
const headers = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': Buffer.byteLength(body),
};

const server = http.createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(`bare-http listening on ${process.env.PORT}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
