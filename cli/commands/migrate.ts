import { ensureDatabase, migrate } from '../../server/store/migrate.ts';
import { CommandError, stringFlag, UsageError, type Command } from '../command.ts';

/** The same default as prisma.config.ts, so `capstan migrate` and Prisma agree on a bare machine. */
export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/capstan';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Create the database if it is missing and apply pending migrations',
  description:
    'Creates the PostgreSQL database if it does not exist, then applies every migration in\n' +
    'prisma/migrations that it has not applied yet, recording each in _prisma_migrations as\n' +
    '`prisma migrate deploy` does. Safe to run again; refuses migrations edited after they were applied.',
  flags: [
    {
      name: 'database-url',
      type: 'string',
      valueName: 'URL',
      env: 'DATABASE_URL',
      default: DEFAULT_DATABASE_URL,
      description: 'PostgreSQL database to migrate',
    },
  ],
  async run({ values }, ctx) {
    const url = parseDatabaseUrl(stringFlag(values, 'database-url') ?? DEFAULT_DATABASE_URL);
    ctx.stdout(`migrating ${redact(url)}\n`);
    try {
      await ensureDatabase(url.toString());
      const result = await migrate(url.toString());
      for (const name of result.applied) ctx.stdout(`applied ${name}\n`);
    } catch (err) {
      throw new CommandError(explain(err as Error & { code?: string }, url));
    }
    ctx.stdout('database is up to date\n');
    return 0;
  },
};

function parseDatabaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--database-url: "${value}" is not a URL (expected postgresql://user@host:port/database)`);
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new UsageError(`--database-url: expected a postgresql:// URL, got ${url.protocol}//`);
  }
  if (url.pathname.length <= 1) throw new UsageError('--database-url: the URL names no database');
  return url;
}

/** The URL as safe to print: without its password. */
function redact(url: URL): string {
  if (!url.password) return url.toString();
  const copy = new URL(url);
  copy.password = '***';
  return copy.toString();
}

function explain(err: Error & { code?: string }, url: URL): string {
  if (err.code === 'ECONNREFUSED') return `cannot reach PostgreSQL at ${url.host}: is it running? (${err.message})`;
  return err.message;
}
