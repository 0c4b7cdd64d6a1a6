/**
 * The log tail against a real database: woken by other processes' NOTIFY (sent past a busy
 * pool), listening again after its connection is killed, every revision exactly once under
 * concurrent writers, and compaction detected.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogTail } from '../server/store/log-tail.ts';
import { Store } from '../server/store/store.ts';
import type { LogEvent } from '../server/store/types.ts';
import { createTestDatabase, type TestDatabase, waitFor } from './harness.ts';

let db: TestDatabase;
/** The tail's side (its own writes are not what these tests are about). */
let reader: Store;
/** Another process's writes, as far as the tail can tell. */
let writer: Store;
const tails: LogTail[] = [];

beforeAll(async () => {
  db = await createTestDatabase('log_tail');
  reader = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  writer = await Store.open({ databaseUrl: db.url, poolSize: 24 });
});

afterAll(async () => {
  for (const t of tails) await t.close();
  await writer?.close();
  await reader?.close();
  await db?.drop();
});

/** A tail that only a notification (or its 60 s poll) wakes, collecting what it is handed. */
async function startTail(opts: { pageSize?: number } = {}) {
  const tail = new LogTail(reader, { databaseUrl: db.url, pollIntervalMs: 60_000, wakeOnLocalWrites: false, ...opts });
  tails.push(tail);
  await tail.open();
  const seen: LogEvent[] = [];
  tail.start((events) => void seen.push(...events));
  return { tail, seen };
}

const configMap = (name: string) => writer.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });

describe('a log tail woken by notifications', () => {
  it('gets another process’s write from its NOTIFY, timed from the commit, without waiting for the poll', async () => {
    const { tail, seen } = await startTail();
    const rv = (await configMap('notified')).metadata.resourceVersion!;
    await waitFor('the write to reach the tail', () => seen.some((e) => e.revision === BigInt(rv)), 5_000, 5);
    const s = tail.stats();
    expect(s.wakeups.poll).toBe(0);
    expect(s.wakeups.notify).toBeGreaterThanOrEqual(1);
    // The writer stamped its commit time in the payload.
    expect(s.stages.notify.count).toBeGreaterThanOrEqual(1);
  });

  it('is notified while every connection of the writer’s pool is taken by slow queries', async () => {
    const busy = await Store.open({ databaseUrl: db.url, poolSize: 2 });
    try {
      const { seen } = await startTail();
      const rv = BigInt((await busy.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'behind-a-busy-pool' } })).metadata.resourceVersion!);
      // Before the NOTIFY goes out (it is sent on the next turn of the event loop).
      const sleeps = [busy.pool.query('SELECT pg_sleep(3)'), busy.pool.query('SELECT pg_sleep(3)')];
      const t0 = Date.now();
      await waitFor('the write to reach the tail', () => seen.some((e) => e.revision === rv), 10_000, 5);
      expect(Date.now() - t0).toBeLessThan(1_500);
      await Promise.all(sleeps);
    } finally {
      await busy.close();
    }
  });

  it('listens again after its LISTEN connection is killed, and notifications wake it again', async () => {
    const { tail, seen } = await startTail();
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    try {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
      );
      expect(rowCount).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    await waitFor('LISTEN to be back', () => tail.stats().listenConnects >= 2 && tail.stats().listening, 10_000, 5);
    const rv = BigInt((await configMap('after-reconnect')).metadata.resourceVersion!);
    await waitFor('the write to reach the tail', () => seen.some((e) => e.revision === rv), 5_000, 5);
    expect(tail.stats().wakeups.poll).toBe(0);
  });
});

describe('a log tail under concurrent writers', () => {
  it('hands over every revision exactly once and in order while 20 writers create and update', async () => {
    const { seen } = await startTail({ pageSize: 7 });
    const written: bigint[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, w) => {
        for (let i = 0; i < 15; i++) {
          const obj = await configMap(`w${w}-${i}`);
          written.push(BigInt(obj.metadata.resourceVersion!));
          const upd = await writer.patch('ConfigMap', 'default', obj.metadata.name, { data: { i: String(i) } });
          written.push(BigInt(upd.metadata.resourceVersion!));
        }
      }),
    );
    const last = written.reduce((a, b) => (a > b ? a : b));
    await waitFor('every write to reach the tail', () => seen.at(-1) !== undefined && seen.at(-1)!.revision >= last, 20_000, 10);
    const mine = new Set(written);
    const got = seen.map((e) => e.revision).filter((r) => mine.has(r));
    expect(got).toEqual([...written].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('a log tail and revisions not yet decided', () => {
  it('holds back events after a revision whose writer still runs, and hands them over once it rolls back', async () => {
    const { seen } = await startTail();
    const open = new pg.Client({ connectionString: db.url });
    await open.connect();
    try {
      // A writer as the write functions are: transaction id first, then a revision.
      await open.query('BEGIN');
      await open.query('SELECT txid_current()');
      const { rows } = await open.query<{ r: string }>("SELECT nextval('event_log_revision_seq')::text AS r");
      const held = BigInt(rows[0]!.r);
      const rv = BigInt((await configMap('behind-an-open-writer')).metadata.resourceVersion!);
      expect(rv).toBeGreaterThan(held);
      // Nothing to await for an event that must not happen: give the tail time to do it wrong.
      await new Promise((r) => setTimeout(r, 300));
      expect(seen.some((e) => e.revision === rv)).toBe(false);
      await open.query('ROLLBACK');
      await waitFor('the write after the rolled-back revision', () => seen.some((e) => e.revision === rv), 5_000, 5);
    } finally {
      await open.end();
    }
  });
});

describe('a log tail behind compaction', () => {
  it('fails with EXPIRED when the log was compacted past its position', async () => {
    const tail = new LogTail(reader, { detectCompaction: true });
    tails.push(tail);
    await tail.open(0n);
    for (let i = 0; i < 5; i++) await configMap(`compacted-${i}`);
    await writer.log.compact({ minAgeMs: 0, minRevisions: 1 });
    await expect(tail.catchUp(() => {})).rejects.toMatchObject({ code: 'EXPIRED' });
    expect(tail.position).toBe(0n);
  });
});

describe('a log tail’s reads', () => {
  it('catches up in one statement when nothing is missing: the last revision drawn, the horizon and the page come together', async () => {
    const statements: string[] = [];
    const counting = { query: (text: string, values?: unknown[]) => (statements.push(text), reader.pool.query(text, values)) };
    const tail = new LogTail(reader, { db: counting as unknown as pg.Pool, detectCompaction: true });
    tails.push(tail);
    await tail.open(await reader.log.safeRevision());
    const written = [];
    for (let i = 0; i < 3; i++) written.push(BigInt((await configMap(`one-statement-${i}`)).metadata.resourceVersion!));
    statements.length = 0;
    const seen: LogEvent[] = [];
    expect(await tail.catchUp((events) => void seen.push(...events))).toBe(3);
    expect(seen.map((e) => e.revision)).toEqual(written);
    expect(statements).toHaveLength(1);
    // Nothing new: still one statement, nothing handed over.
    statements.length = 0;
    expect(await tail.catchUp(() => {})).toBe(0);
    expect(statements).toHaveLength(1);
  });
});
