// Ceiling 2: one primary-key read from Postgres per request, with the same pool size as the catalog
// (DATABASE_POOL_MAX, default 10) and no framework. GET /products/<uuid> -> the row as JSON, 404 if absent.
// /readyz answers 200 once one query has succeeded, like the services' readiness probe.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
});
// A named statement is parsed and planned once per connection: the cheapest way pg can run this query.
const byId = (id) => ({ name: 'product_by_id', text: 'SELECT * FROM products WHERE id = $1', values: [id] });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function send(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.url === '/readyz' || req.url === '/healthz') {
    pool.query('SELECT 1').then(
      () => send(res, 200, { status: 'ok' }),
      (err) => send(res, 503, { status: 'down', error: err.message }),
    );
    return;
  }
  const match = /^\/products\/([^/?]+)/.exec(req.url ?? '');
  if (!match || !UUID.test(match[1])) return send(res, 404, { title: 'Not Found' });
  pool.query(byId(match[1])).then(
    ({ rows }) => (rows[0] ? send(res, 200, rows[0]) : send(res, 404, { title: 'Not Found' })),
    (err) => send(res, 500, { title: 'Internal Server Error', detail: err.message }),
  );
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(`pg-read listening on ${process.env.PORT}\n`);
});
const stop = () => server.close(() => pool.end().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
