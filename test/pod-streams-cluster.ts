/**
 * A cluster for the pod-stream tests (exec, attach, port-forward): the API server runs in this
 * process (so the test can route pod-stream upgrades to `handlePodStreamUpgrade` itself, as the
 * REST router does), `capstan workers` and node agents as real processes.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import pino from 'pino';
import { ApiServer } from '../server/api/api-server.ts';
import type { ApiContext } from '../server/api/context.ts';
import type { Authenticator } from '../server/auth/authenticator.ts';
import { startServer, type RunningServer } from '../server/main.ts';
import { handlePodStreamUpgrade } from '../server/rest/pod-streams.ts';
import { statusFromError } from '../server/rest/status.ts';
import { refuseUpgrade } from '../server/rest/pod-streams.ts';
import { CapstanError } from '../server/errors.ts';
import { startAgentProcess, startWorkersProcess, type AgentProcess, type WorkersProcess } from './cluster.ts';
import { createTestDatabase, freePort, gql, redisPrefix, waitFor, type TestDatabase } from './harness.ts';

export interface StreamsCluster {
  baseUrl: string;
  /** The same server behind TLS (a self-signed certificate): kubectl sends a token only over TLS. */
  httpsUrl: string;
  url: string;
  wsUrl: string;
  token: string;
  bootstrapToken: string;
  agents: AgentProcess[];
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  addAgent(name: string, extra?: { runtime?: 'process' | 'podman'; extraEnv?: Record<string, string> }): Promise<AgentProcess>;
  stop(): Promise<void>;
}

const POD_STREAM_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/(exec|attach|portforward)$/;

/**
 * Routes pod-stream upgrades of `api`'s HTTP server to handlePodStreamUpgrade (authenticating the
 * bearer token first) and every other upgrade to the server's own handlers. Test-only stand-in for
 * the REST router's wiring.
 */
function routePodStreams(api: ApiServer, authenticator: Authenticator): void {
  const server = api.httpServer;
  const others = server.listeners('upgrade') as ((req: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => void)[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const m = POD_STREAM_PATH.exec(url.pathname);
    if (!m) {
      for (const l of others) l.call(server, req, socket, head);
      return;
    }
    void (async () => {
      const token = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const identity = token ? await authenticator.authenticate(token) : null;
      if (!identity) return refuseUpgrade(socket, statusFromError(new CapstanError('UNAUTHENTICATED', 'no valid bearer token')));
      const ctx = (api as unknown as { context(i: unknown): ApiContext }).context(identity);
      handlePodStreamUpgrade({
        req,
        socket,
        head,
        subresource: m[3] as 'exec' | 'attach' | 'portforward',
        namespace: decodeURIComponent(m[1]!),
        name: decodeURIComponent(m[2]!),
        query: url.searchParams,
        ctx,
      });
    })();
  });
}

/** A TLS front for `port` (kubectl sends no credentials over plain http). */
async function tlsFront(port: number): Promise<{ url: string; close(): void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    const key = readFileSync(path.join(dir, 'key.pem'));
    const cert = readFileSync(path.join(dir, 'cert.pem'));
    const sockets = new Set<net.Socket>();
    const server = tls.createServer({ key, cert }, (front) => {
      const back = net.connect(port, '127.0.0.1');
      sockets.add(front).add(back);
      front.on('error', () => back.destroy());
      back.on('error', () => front.destroy());
      // kubectl gone means its requests are gone: no half-open connections left behind.
      front.on('close', () => {
        sockets.delete(front);
        back.destroy();
      });
      back.on('close', () => {
        sockets.delete(back);
        front.destroy();
      });
      front.pipe(back).pipe(front);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port: tlsPort } = server.address() as net.AddressInfo;
    return {
      url: `https://127.0.0.1:${tlsPort}`,
      close() {
        server.close();
        for (const s of sockets) s.destroy();
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startStreamsCluster(label: string): Promise<StreamsCluster> {
  const db: TestDatabase = await createTestDatabase(label);
  const prefix = redisPrefix(label);
  const bootstrapToken = `${randomBytes(3).toString('hex')}.${randomBytes(8).toString('hex')}`;
  const adminToken = randomBytes(24).toString('hex');
  // Capture the ApiServer and its authenticator that startServer makes.
  let api: ApiServer | undefined;
  let authenticator: Authenticator | undefined;
  const create = ApiServer.create.bind(ApiServer);
  (ApiServer as unknown as { create: typeof create }).create = async (opts) => {
    api = await create(opts);
    authenticator = opts.authenticator;
    return api;
  };
  let server: RunningServer;
  const port = await freePort();
  try {
    server = await startServer({ databaseUrl: db.url, listen: `127.0.0.1:${port}`, adminToken, bootstrapToken, migrate: false, logger: pino({ level: 'silent' }) });
  } finally {
    (ApiServer as unknown as { create: typeof create }).create = create;
  }
  routePodStreams(api!, authenticator!);
  const connections = new Set<net.Socket>();
  api!.httpServer.on('connection', (s: net.Socket) => {
    connections.add(s);
    s.once('close', () => connections.delete(s));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const front = await tlsFront(port);
  let workers: WorkersProcess | undefined;
  const agents: AgentProcess[] = [];
  const request = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(server.url, adminToken, query, variables);
  const cluster: StreamsCluster = {
    baseUrl,
    httpsUrl: front.url,
    url: server.url,
    wsUrl: server.wsUrl,
    token: adminToken,
    bootstrapToken,
    agents,
    gql: request,
    async addAgent(name, extra = {}) {
      const agent = await startAgentProcess({ server: baseUrl, bootstrapToken, name, runtime: extra.runtime, extraEnv: { CAPSTAN_LEASE_RENEW_MS: '500', ...extra.extraEnv } });
      agents.push(agent);
      await waitFor(`node ${name} to be Ready`, async () => {
        const { node } = await request(`query($n: String!) { node(name: $n) { spec { podCIDR } status { conditions { type status } } } }`, { n: name });
        return node?.spec?.podCIDR && node.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
      }, 60_000, 100);
      return agent;
    },
    async stop() {
      await Promise.all(agents.map((a) => a.stop().catch(() => {})));
      await workers?.stop().catch(() => {});
      front.close();
      // Every client is gone: a connection still open here (a paused, half-open socket) would
      // only hold up the HTTP server's close.
      for (const s of connections) s.destroy();
      await server.close().catch(() => {});
      await db.drop().catch(() => {});
    },
  };
  try {
    workers = await startWorkersProcess(db.url, prefix);
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  return cluster;
}
