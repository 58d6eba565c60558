import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

export interface StaticAnswer {
  status: 200 | 404;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * What to answer for a path under an app's mount: the file when it exists (hashed assets cached for a year,
 * immutable), `index.html` for a client route (a path without a file extension; never cached, so a deploy shows at
 * once), 404 for a missing asset. Paths never leave the app's folder.
 */
export async function answerStatic(app: StaticApp, urlPath: string): Promise<StaticAnswer> {
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
    return {
      status: 200,
      body: await readFile(file),
      headers: {
        ...WEB_APP_SECURITY_HEADERS,
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    };
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
  return {
    status: 200,
    body: await readFile(join(root, 'index.html')),
    headers: {
      ...WEB_APP_SECURITY_HEADERS,
      'content-type': CONTENT_TYPES['.html']!,
      'cache-control': 'no-cache',
    },
  };
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
