/**
 * The committed SQL in prisma/migrations and prisma/schema.prisma must describe the same
 * database, and the runner must keep Prisma's `_prisma_migrations` bookkeeping so that
 * `prisma migrate deploy` can take over on a machine that has Prisma's native engine.
 *
 * The drift check is Prisma's own `migrate diff --from-migrations --to-schema`, run through the
 * WebAssembly schema engine shipped with the `prisma` package (scripts/prisma-migrate-diff.ts).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDiff } from '../scripts/prisma-migrate-diff.ts';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../server/store/migrate.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const SCHEMA_PATH = path.resolve(MIGRATIONS_DIR, '../schema.prisma');

let db: TestDatabase;
let scratch: string;

beforeAll(async () => {
  db = await createTestDatabase('migrations');
  scratch = await mkdtemp(path.join(tmpdir(), 'capstan-migrations-'));
});

afterAll(async () => {
  await db?.drop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Replaces one match of `pattern`, failing loudly when the schema no longer has it. */
function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  expect(text, `schema.prisma no longer matches ${pattern}; update this test`).toMatch(pattern);
  return text.replace(pattern, replacement);
}

describe('schema.prisma and prisma/migrations', () => {
  it('describe the same database', async () => {
    const diff = await migrateDiff({ databaseUrl: db.url });
    expect(
      diff.empty,
      `schema.prisma and prisma/migrations disagree. Applying the migrations and then migrating to ` +
        `schema.prisma would:\n${diff.output}\nWrite a migration (npx tsx scripts/prisma-migrate-diff.ts --script prints its SQL).`,
    ).toBe(true);
  });

  it('are reported as different when the schema gains a field and changes a type', async () => {
    let schema = await readFile(SCHEMA_PATH, 'utf8');
    schema = replaceOnce(schema, /^model StoredObject \{$/m, 'model StoredObject {\n  note            String?');
    schema = replaceOnce(schema, /^(\s*resourceVersion\s+)BigInt\b/m, '$1Int   ');
    const changed = path.join(scratch, 'schema.prisma');
    await writeFile(changed, schema);

    const diff = await migrateDiff({ databaseUrl: db.url, schemaPath: changed });

    expect(diff.empty).toBe(false);
    expect(diff.output.trim().split('\n')).toEqual([
      '[*] Changed the `objects` table',
      '  [+] Added column `note`',
      '  [*] Altered column `resource_version` (type changed)',
    ]);
    const script = await migrateDiff({ databaseUrl: db.url, schemaPath: changed, script: true });
    expect(script.output).toContain('ADD COLUMN     "note" TEXT');
    expect(script.output).toContain('ALTER COLUMN "resource_version" SET DATA TYPE INTEGER');
  });
});

describe('migrate', () => {
  it('does nothing the second time', async () => {
    const before = await query(db.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    const names = (await readMigrations()).map((m) => m.name);

    const result = await migrate(db.url);

    expect(result).toEqual({ applied: [], alreadyApplied: names });
    expect(await query(db.url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name')).toEqual(before);
  });

  it("records each migration in Prisma's _prisma_migrations table with the SHA-256 of its migration.sql", async () => {
    const columns = await query<{ column_name: string; data_type: string; length: number | null; is_nullable: string; column_default: string | null }>(
      db.url,
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', length: 64, is_nullable: 'NO', column_default: null },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'migration_name', data_type: 'character varying', length: 255, is_nullable: 'NO', column_default: null },
      { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'started_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'NO', column_default: 'now()' },
      { column_name: 'applied_steps_count', data_type: 'integer', length: null, is_nullable: 'NO', column_default: '0' },
    ]);

    const rows = await query<{ id: string; migration_name: string; checksum: string; finished: boolean; rolled_back_at: Date | null; applied_steps_count: number }>(
      db.url,
      `SELECT id, migration_name, checksum, finished_at >= started_at AS finished, rolled_back_at, applied_steps_count
         FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      (await readMigrations()).map(async ({ name }) => ({
        migration_name: name,
        checksum: createHash('sha256').update(await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'))).digest('hex'),
        finished: true,
        rolled_back_at: null,
        applied_steps_count: 1,
      })),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map(({ id: _id, ...row }) => row)).toEqual(expected);
    for (const row of rows) expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('refuses a migration that was changed after it was applied', async () => {
    const dir = path.join(scratch, 'changed-migrations');
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    const file = path.join(dir, first!.name, 'migration.sql');
    await writeFile(file, `${await readFile(file, 'utf8')}\n-- an edit after the fact\n`);

    await expect(migrate(db.url, dir)).rejects.toThrow(
      `migration ${first!.name} was changed after it was applied (checksum differs); add a new migration instead`,
    );
  });

  it('applies only a migration added after the others', async () => {
    const added = await createTestDatabase('migrations_added');
    try {
      const dir = path.join(scratch, 'added-migrations');
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      await mkdir(path.join(dir, '29991231000000_probe'));
      await writeFile(path.join(dir, '29991231000000_probe', 'migration.sql'), 'CREATE TABLE "probe" ("id" INTEGER NOT NULL);\n');

      const result = await migrate(added.url, dir);

      expect(result.applied).toEqual(['29991231000000_probe']);
      expect(result.alreadyApplied).toEqual((await readMigrations()).map((m) => m.name));
      expect(await query(added.url, 'SELECT count(*)::int AS n FROM "probe"')).toEqual([{ n: 0 }]);
    } finally {
      await added.drop();
    }
  });
});
