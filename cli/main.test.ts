import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_BASE_URL } from '../test/harness.ts';
import { readMigrations } from '../server/store/migrate.ts';
import { resolveCommand, type Command, type CommandContext } from './command.ts';
import { moduleCommand } from './commands/module-command.ts';
import { main } from './main.ts';

const BIN = new URL('../bin/capstan.js', import.meta.url).pathname;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real executable, as `npx capstan` does. */
function capstan(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the dispatcher in-process with captured output. */
async function inProcess(argv: string[], commands?: readonly Command[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx: CommandContext = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} };
  const code = await main(argv, ctx, commands);
  return { code: code ?? null, stdout, stderr };
}

describe('capstan', () => {
  describe('--help', () => {
    it('lists every command and exits 0', async () => {
      const run = await capstan(['--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: capstan <command> \[flags\]/);
      for (const name of ['migrate', 'server', 'workers', 'agent', 'version']) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    });

    it('shows a command its flags, with their variables and defaults', async () => {
      const run = await capstan(['migrate', '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: capstan migrate [--database-url URL]');
      expect(run.stdout).toContain('--database-url URL');
      expect(run.stdout).toContain('env DATABASE_URL');
      expect(run.stderr).toBe('');
    });

    it('is what `capstan help <command>` prints', async () => {
      expect(await inProcess(['help', 'migrate'])).toEqual(await inProcess(['migrate', '--help']));
    });
  });

  describe('version', () => {
    it('prints the version in package.json', async () => {
      const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
      const run = await capstan(['version']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^capstan ${version.replaceAll('.', '\\.')} \\(node v\\d+`));
    });
  });

  describe('when called wrongly', () => {
    it('names an unknown command and exits 2', async () => {
      const run = await capstan(['frobnicate']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('capstan: unknown command "frobnicate"');
      expect(run.stdout).toBe('');
    });

    it('prints the overview on stderr and exits 2 without a command', async () => {
      const run = await inProcess([]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^Usage: capstan/);
    });

    it('names an unknown flag and exits 2', async () => {
      const run = await inProcess(['migrate', '--databse-url', 'x']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("capstan migrate: Unknown option '--databse-url'");
      expect(run.stderr).toContain("Run 'capstan migrate --help'");
    });

    it('refuses a database URL that is not PostgreSQL with exit 2', async () => {
      const run = await inProcess(['migrate', '--database-url', 'mysql://root@localhost/capstan']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('expected a postgresql:// URL');
    });
  });

  describe('a lazily loaded command', () => {
    it('is listed with the name and summary its module gives it', async () => {
      const { COMMANDS } = await import('./command-table.ts');
      const lazy = COMMANDS.filter((c) => 'load' in c);
      expect(lazy.map((c) => c.name)).toEqual(['up', 'down', 'migrate', 'kubeconfig']);
      for (const entry of lazy) {
        const command = await resolveCommand(entry);
        expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
      }
    });
  });

  describe('a command implemented by a module', () => {
    it('exits 1 when the module lacks the entry point', async () => {
      const probe = moduleCommand({ name: 'probe', summary: 'test', load: () => import('./command.ts'), exportName: 'runProbe' });
      const run = await inProcess(['probe'], [probe]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('capstan probe: the module of capstan probe does not export a function runProbe\n');
    });
  });

  describe('migrate', () => {
    const name = `capstan_t_cli_${randomBytes(4).toString('hex')}`;
    const url = `${PG_BASE_URL}/${name}`;

    afterAll(async () => {
      const admin = new pg.Client({ connectionString: `${PG_BASE_URL}/postgres` });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    });

    it('creates a missing database and applies every migration', async () => {
      const run = await capstan(['migrate'], { DATABASE_URL: url });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const names = (await readMigrations()).map((m) => m.name);
      expect(run.stdout).toBe([`migrating ${url}`, ...names.map((n) => `applied ${n}`), 'database is up to date', ''].join('\n'));
    });

    it('applies nothing the second time', async () => {
      const run = await capstan(['migrate', '--database-url', url]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`migrating ${url}\ndatabase is up to date\n`);
    });

    it('exits 1 with the reason when PostgreSQL cannot be reached', async () => {
      const run = await capstan(['migrate', '--database-url', 'postgresql://postgres@127.0.0.1:1/capstan']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('capstan migrate: cannot reach PostgreSQL at 127.0.0.1:1');
    });
  });
});
