/**
 * Serves the built dashboard (dashboard/dist) at `/` and the GraphQL playground at
 * `/playground`, without authentication (the pages hold no data; every API call they make
 * carries the signed-in token). Client routes of the dashboard (`/pods/default/web-1`, …) get
 * index.html so that shared URLs open the right page. Never answers for the API's own paths.
 *
 * Hashed files under /assets are cached for a year (a new build has new names); the HTML pages
 * are revalidated on every load so a new build is picked up at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

export interface DashboardOptions {
  /** The Vite build output (default: dashboard/dist in this repository). */
  dir?: string;
}

export const DEFAULT_DASHBOARD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dashboard/dist');

/** Paths the API server owns; the dashboard never shadows them. */
const API_PATHS = ['/graphql', '/healthz', '/readyz', '/metrics'];

const isApiPath = (p: string) => API_PATHS.some((api) => p === api || p.startsWith(`${api}/`));

const NOT_BUILT =
  'The dashboard is not built on this server. Build it with `node scripts/build-dashboard.mjs` ' +
  '(capstan up does this); the API is served at /graphql meanwhile.\n';

function pageHeaders(res: Response): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
}

export function serveDashboard(opts: DashboardOptions = {}): Router {
  const dir = opts.dir ?? DEFAULT_DASHBOARD_DIR;
  const router = express.Router();

  const sendPage = (file: string) => (req: Request, res: Response, next: NextFunction) => {
    const full = path.join(dir, file);
    // Checked per request: a build made after the server started is served without a restart.
    if (!existsSync(full)) {
      res.status(503).type('text/plain').send(NOT_BUILT);
      return;
    }
    pageHeaders(res);
    res.sendFile(full, { dotfiles: 'deny', lastModified: true }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  };

  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) {
      next('router');
      return;
    }
    next();
  });

  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      index: false,
      fallthrough: true,
      immutable: true,
      maxAge: '365d',
      setHeaders: (res) => res.setHeader('X-Content-Type-Options', 'nosniff'),
    }),
    (_req: Request, res: Response) => {
      res.status(404).type('text/plain').send('no such file in this build of the dashboard\n');
    },
  );

  router.get(['/playground', '/playground/', '/playground.html'], sendPage('playground.html'));

  // Anything else a browser navigates to is a dashboard route; a file name with an extension
  // that is not in the build is a 404, not the app (so a broken link does not render a page).
  router.get(/.*/, (req, res, next) => {
    // Only a browser navigating (Accept names text/html) gets the app; an API client at a path
    // nobody serves gets the API's NOT_FOUND.
    if (!/\btext\/html\b/.test(req.get('accept') ?? '')) {
      next('router');
      return;
    }
    if (path.extname(req.path) && req.path !== '/index.html') {
      res.status(404).type('text/plain').send('not found\n');
      return;
    }
    sendPage('index.html')(req, res, next);
  });

  return router;
}
