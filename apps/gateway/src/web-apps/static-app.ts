import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A built single-page app (Vite's dist): where it is mounted and the folder it was built into. */
export interface StaticApp {
  /** `/seller`, `/admin`: the Vite `base` without its trailing slash. */
  mount: string;
  dir: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The security headers of every SPA answer. The apps load only their own scripts and talk only to this origin;
 * inline styles are allowed because the chart library positions its SVG with style attributes.
 */
export const WEB_APP_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** Text formats worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

/** Hashed assets never change under their name: each is compressed once. */
const gzippedAssets = new Map<string, Buffer>();

/** Whether the client takes gzip (named without `q=0`). */
function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    return coding === 'gzip' && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

/** The file as sent: gzipped for a text format when the client takes it (with Vary either way). */
async function encoded(
  file: string,
  headers: Record<string, string>,
  acceptEncoding: string | undefined,
  immutable: boolean,
): Promise<{ body: Buffer; headers: Record<string, string> }> {
  if (!COMPRESSIBLE.has(extname(file))) return { body: await readFile(file), headers };
  const vary = { ...headers, vary: 'accept-encoding' };
  if (!acceptsGzip(acceptEncoding)) return { body: await readFile(file), headers: vary };
  const gzipped = (immutable && gzippedAssets.get(file)) || gzipSync(await readFile(file));
  if (immutable) gzippedAssets.set(file, gzipped);
  return { body: gzipped, headers: { ...vary, 'content-encoding': 'gzip' } };
}

export interface StaticAnswer {
  status: 200 | 404;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * What to answer for a path under an app's mount: the file when it exists (hashed assets cached for a year,
 * immutable), `index.html` for a client route (a path without a file extension; never cached, so a deploy shows at
 * once), 404 for a missing asset. Paths never leave the app's folder. Text formats go gzipped to clients that take
 * it (the gateway is their only server: nothing else in front of it compresses in compose or the embedded mode).
 */
export async function answerStatic(
  app: StaticApp,
  urlPath: string,
  acceptEncoding?: string,
): Promise<StaticAnswer> {
  const relative = decodeURIComponent(urlPath.slice(app.mount.length).split('?')[0] ?? '').replace(
    /^\/+/,
    '',
  );
  const root = resolve(app.dir);
  const candidate = resolve(root, normalize(relative));
  const inside = candidate === root || candidate.startsWith(root + sep);
  const file = inside && relative !== '' && isFile(candidate) ? candidate : undefined;
  if (file) {
    const immutable = relative.startsWith('assets/');
    const headers = {
      ...WEB_APP_SECURITY_HEADERS,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    return { status: 200, ...(await encoded(file, headers, acceptEncoding, immutable)) };
  }
  if (extname(relative) !== '' && !relative.endsWith('.html'))
    return {
      status: 404,
      body: Buffer.from('Not found'),
      headers: {
        ...WEB_APP_SECURITY_HEADERS,
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-cache',
      },
    };
  const index = join(root, 'index.html');
  const headers = {
    ...WEB_APP_SECURITY_HEADERS,
    'content-type': CONTENT_TYPES['.html']!,
    'cache-control': 'no-cache',
  };
  return { status: 200, ...(await encoded(index, headers, acceptEncoding, false)) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** An app is served only once it has been built. */
export function isBuilt(dir: string | undefined): dir is string {
  return dir !== undefined && existsSync(join(dir, 'index.html'));
}
