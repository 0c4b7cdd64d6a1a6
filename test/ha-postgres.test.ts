/**
 * Postgres failover under a running API server: a primary and a synchronous streaming standby,
 * DATABASE_URL naming both with target_session_attrs=read-write. The primary crashes (stop -m
 * immediate) while a writer keeps creating ConfigMaps; the standby is promoted. The API answers
 * UNAVAILABLE meanwhile, recovers by itself, a watch opened before keeps delivering, and every
 * acknowledged write is readable afterwards.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ensureDatabase, migrate } from '../server/store/migrate.ts';
import { createPool } from '../server/store/pg-connect.ts';
import { gql, startServerProcess, waitFor, type ServerProcess } from './harness.ts';
import { startReplicatedPostgres, type ReplicatedPostgres } from './pg-replication.ts';

let pgs: ReplicatedPostgres;
let server: ServerProcess;
let ws: Client;

beforeAll(async () => {
  pgs = await startReplicatedPostgres('ha');
  const url = pgs.url('capstan');
  await ensureDatabase(url);
  await migrate(url);
  server = await startServerProcess(url);
}, 180_000);

afterAll(async () => {
  await ws?.dispose();
  await server?.stop();
  await pgs?.destroy();
});

const CREATE = `mutation($cm: ConfigMapInput!) { createConfigMap(namespace: "default", configMap: $cm) { metadata { name } } }`;
const LIST = `query { configMaps(namespace: "default") { items { metadata { name } } } }`;
const WATCH = `subscription { watchConfigMaps(namespace: "default") { type object { metadata { name } } } }`;

describe('a multi-host DATABASE_URL with target_session_attrs=read-write', () => {
  it('connects to the primary even when a standby is listed first', async () => {
    const pool = createPool(`postgresql://postgres@127.0.0.1:${pgs.standby.port},127.0.0.1:${pgs.primary.port}/capstan?target_session_attrs=read-write`);
    try {
      const { rows } = await pool.query('SELECT pg_is_in_recovery() AS r, current_setting(\'port\') AS port');
      expect(rows[0]).toEqual({ r: false, port: String(pgs.primary.port) });
    } finally {
      await pool.end();
    }
  });

  it('fails with SQLSTATE 08001 naming each host and why when none is read-write', async () => {
    const pool = createPool(`postgresql://postgres@127.0.0.1:${pgs.standby.port}/capstan?target_session_attrs=read-write`);
    pool.on('error', () => {});
    try {
      const err = (await pool.query('SELECT 1').catch((e: unknown) => e)) as { code?: string; message: string };
      expect(err.code).toBe('08001');
      expect(err.message).toContain(`127.0.0.1:${pgs.standby.port} is a standby (in recovery)`);
    } finally {
      await pool.end();
    }
  });
});

describe('a Postgres failover under the API server', () => {
  it('answers UNAVAILABLE during the switch, recovers by itself, keeps watches and loses no acknowledged write', async () => {
    const watched = new Set<string>();
    ws = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${server.token}` }, retryAttempts: 0 });
    let watchError: unknown = null;
    ws.subscribe<{ watchConfigMaps: { type: string; object: { metadata: { name: string } } | null } }>(
      { query: WATCH },
      {
        next: (r) => {
          const name = r.data?.watchConfigMaps.object?.metadata.name; // BOOKMARKs carry no object
          if (name) watched.add(name);
          if (r.errors) watchError = r.errors;
        }, error: (e) => (watchError = e),
        complete: () => {},
      },
    );

    const acknowledged: string[] = [];
    const failures: { code?: string; message: string }[] = [];
    let stopWriting = false;
    let i = 0;
    const writer = (async () => {
      while (!stopWriting) {
        const name = `cm-${i++}`;
        try {
          await gql(server.url, server.token, CREATE, { cm: { metadata: { name }, data: { n: name } } });
          acknowledged.push(name);
        } catch (err) {
          failures.push(err as { code?: string; message: string });
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    })();

    await waitFor('writes before the failover', () => acknowledged.length >= 20, 30_000);
    const seen = acknowledged.at(-1)!;
    await waitFor('the watch to see them', () => watchError ?? watched.has(seen), 30_000);
    expect(watchError).toBeNull();
    await pgs.stop(pgs.primary, 'immediate');
    await waitFor('a write refused while no primary is up', () => failures.length > 0, 30_000);
    const beforePromotion = acknowledged.length;
    await pgs.promote(pgs.standby);
    await waitFor('writes acknowledged after the promotion', () => acknowledged.length >= beforePromotion + 20, 60_000);
    stopWriting = true;
    await writer;

    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(f.code).toBe('UNAVAILABLE');
      expect(f.message).not.toMatch(/SELECT|INSERT|pg_|ECONN|postgres/i);
    }
    const { configMaps } = await gql(server.url, server.token, LIST);
    const stored = new Set((configMaps.items as { metadata: { name: string } }[]).map((c) => c.metadata.name));
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);
    const last = acknowledged.at(-1)!;
    await waitFor('the watch opened before the failover to deliver writes made after it', () => watched.has(last), 30_000);
    expect(watchError).toBeNull();
  }, 240_000);
});
