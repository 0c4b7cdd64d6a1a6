/**
 * `prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma`
 * without Prisma's native schema engine, which cannot be downloaded here.
 *
 * It runs the very engine that command runs: the WebAssembly build of Prisma's schema engine
 * that ships inside the `prisma` package (`build/schema_engine_bg.wasm`), driven through the
 * JS bindings of `@prisma/schema-engine-wasm` and a Postgres driver adapter. Like the native
 * command, it applies every migration to a throw-away shadow database, introspects it and
 * diffs the result against the schema, so the answer is Prisma's own (types, defaults, index
 * names, everything `prisma migrate dev` would want to change).
 *
 * Run it to write the next migration: `npx tsx scripts/prisma-migrate-diff.ts --script`
 * prints the SQL that brings the migrations up to schema.prisma (exit 2 when there is some).
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export interface MigrateDiffOptions {
  /** Any database on the server that may hold the shadow database; it is not changed. */
  databaseUrl: string;
  /** Default: prisma/migrations. */
  migrationsDir?: string;
  /** Default: prisma/schema.prisma. */
  schemaPath?: string;
  /** An executable SQL script instead of Prisma's human-readable summary. */
  script?: boolean;
}

export interface MigrateDiffResult {
  /** True when the migrations produce exactly what the schema describes. */
  empty: boolean;
  /** Prisma's output: a summary (`[+] Added column ...`) or, with `script`, SQL. */
  output: string;
}

/** The diff from the state the migrations produce to the state schema.prisma describes. */
export async function migrateDiff(options: MigrateDiffOptions): Promise<MigrateDiffResult> {
  const migrationsDir = path.resolve(options.migrationsDir ?? path.join(ROOT, 'prisma/migrations'));
  const schemaPath = path.resolve(options.schemaPath ?? path.join(ROOT, 'prisma/schema.prisma'));
  const schema = await readFile(schemaPath, 'utf8');
  const factory = new ShadowSafePgFactory(options.databaseUrl);
  const wasm = await loadSchemaEngine();
  const engine: SchemaEngine = await wasm.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {}, // engine log lines; the error it throws carries what matters
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrationList(migrationsDir)) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: options.script ?? false,
      exitCode: true, // exitCode 2 when the diff is not empty, as with --exit-code
      filters: { externalTables: [], externalEnums: [] },
    });
    return { empty: result.exitCode === 0, output: result.stdout ?? '' };
  } finally {
    engine.free();
    await factory.close();
  }
}

/** The migrations folder as the engine expects it (what the Prisma CLI reads from disk). */
async function readMigrationList(baseDir: string): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockfilePath = path.join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockfilePath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (err: Error) => ({ tag: 'error' as const, value: err.message }),
          ),
        },
      })),
    ),
  };
}

/** The slice of the WebAssembly JS API used here (the project's TS lib has no DOM types). */
interface WasmApi {
  Module: { new (bytes: Uint8Array): object; imports(module: object): { module: string; name: string }[] };
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

type SchemaEngineBindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let engineModule: Promise<SchemaEngineBindings> | undefined;

/**
 * Instantiates the engine shipped with the installed `prisma` (the one its own `migrate diff`
 * would run) with the wasm-bindgen glue of `@prisma/schema-engine-wasm`. The glue is generated
 * per build, so refuse to run when the two do not fit together rather than fail obscurely.
 */
function loadSchemaEngine(): Promise<SchemaEngineBindings> {
  engineModule ??= (async () => {
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(require.resolve('prisma/package.json')), 'build/schema_engine_bg.wasm');
    const module = new Wasm.Module(await readFile(wasmPath));
    const provided = glue as unknown as Record<string, unknown>;
    const missing = Wasm.Module.imports(module).filter((i) => typeof provided[i.name] !== 'function');
    if (missing.length > 0) {
      const glueVersion = (require('@prisma/schema-engine-wasm/package.json') as { version: string }).version;
      throw new Error(
        `${wasmPath} does not fit @prisma/schema-engine-wasm ${glueVersion} (missing ${missing.map((i) => i.name).join(', ')}); ` +
          'pin @prisma/schema-engine-wasm to the engine build of the installed prisma (node_modules/@prisma/engines-version)',
      );
    }
    const instance = new Wasm.Instance(module, { './schema_engine_bg.js': provided });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

/**
 * `@prisma/adapter-pg` 7.10 as a migration adapter, with the three things its migrate side
 * gets wrong on Postgres fixed:
 * - `executeScript` splits scripts on every `;`, which cuts plpgsql bodies (`$$ ... ; ... $$`)
 *   apart; Postgres takes a whole multi-statement script in one simple query, as the native
 *   engine sends it.
 * - `connectToShadowDb` spreads the shadow database name over a config whose connectionString
 *   wins, so the "shadow" migrations would run on the real database; and it drops the shadow
 *   database while its own pool still holds a connection.
 * - Its result decoder rejects Postgres' one-byte `"char"` type (`pg_class.relkind` ...), which
 *   the engine's introspection queries select; it is text to the engine.
 */
class ShadowSafePgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  private readonly url: URL;
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(databaseUrl: string) {
    this.url = new URL(databaseUrl);
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(decodeURIComponent(this.url.pathname.slice(1)));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `capstan_shadow_${randomBytes(6).toString('hex')}`;
    await this.admin(`CREATE DATABASE "${name}"`);
    const adapter = await this.connectTo(name);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }

  /** Disposes what the engine left open (it does not dispose its main connection). */
  async close(): Promise<void> {
    await Promise.all([...this.open].map((a) => a.dispose()));
  }

  private async connectTo(database: string): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPg(this.poolConfig(database)).connect();
    const internals = adapter as unknown as {
      performIO(query: unknown): Promise<pg.QueryArrayResult>;
      underlyingDriver(): pg.Pool;
      onError(error: unknown): never;
    };
    const performIO = internals.performIO.bind(adapter);
    internals.performIO = async (query) => {
      const result = await performIO(query);
      for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      return result;
    };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.underlyingDriver().query(script);
      } catch (err) {
        internals.onError(err);
      }
    };
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.open.delete(adapter);
      await dispose();
    };
    this.open.add(adapter);
    return adapter;
  }

  private poolConfig(database: string): pg.PoolConfig {
    return {
      host: this.url.hostname,
      port: Number(this.url.port || 5432),
      user: decodeURIComponent(this.url.username) || undefined,
      password: decodeURIComponent(this.url.password) || undefined,
      database,
      max: 2,
    };
  }

  private async admin(sql: string): Promise<void> {
    const client = new pg.Client(this.poolConfig(decodeURIComponent(this.url.pathname.slice(1)) || 'postgres'));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

async function cli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      migrations: { type: 'string' },
      schema: { type: 'string' },
      script: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: tsx scripts/prisma-migrate-diff.ts [--script] [--database-url URL] [--migrations DIR] [--schema FILE]\n' +
        'Prints what schema.prisma has that the migrations do not create; exit 2 when anything.\n' +
        'The server behind --database-url (default DATABASE_URL, else postgres on 127.0.0.1) hosts a shadow database.\n',
    );
    return 0;
  }
  const result = await migrateDiff({
    databaseUrl: values['database-url'] ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    migrationsDir: values.migrations,
    schemaPath: values.schema,
    script: values.script,
  });
  process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
  return result.empty ? 0 : 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: Error) => {
      process.stderr.write(`prisma-migrate-diff: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
