/**
 * The one shared harness of integration tests: every test file gets its own database (created,
 * migrated, dropped at the end) and its own Redis key prefix, so files run in parallel and no
 * two runs share state.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureDatabase, migrate } from '../server/store/migrate.ts';

export const PG_BASE_URL = process.env.CAPSTAN_TEST_PG ?? 'postgresql://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.CAPSTAN_TEST_REDIS ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database named after the test file. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `capstan_t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase().slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const url = `${PG_BASE_URL}/${name}`;
  await ensureDatabase(url);
  await migrate(url);
  return {
    url,
    name,
    async drop() {
      const admin = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** A Redis key prefix no other file or run uses. */
export function redisPrefix(label: string): string {
  return `capstan-test:${label}:${randomBytes(4).toString('hex')}`;
}
