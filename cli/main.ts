/**
 * `capstan <command> [flags]`: finds the command, parses and documents its flags, and turns
 * every failure into a message and an exit code (0 ok, 1 failed, 2 called wrongly).
 * Started by bin/capstan.js (compiled, from dist/cli/main.js), or directly with `tsx cli/main.ts`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CommandError, resolveCommand, UsageError, type Command, type CommandContext, type CommandEntry, type FlagValues } from './command.ts';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const processContext: CommandContext = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** Runs one command line; resolves to its exit code, or undefined when a server keeps running. */
export async function main(argv: string[], ctx: CommandContext = processContext, table?: readonly CommandEntry[]): Promise<number | undefined> {
  const [first, ...rest] = argv;
  const commands = table ?? (await commandTable(first));
  if (first === undefined) {
    ctx.stderr(overview(commands));
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic === undefined) {
      ctx.stdout(overview(commands));
      return EXIT_OK;
    }
    return main([topic, '--help'], ctx, commands);
  }
  if (first === '--version') return main(['version', ...rest], ctx, commands);

  const entry = commands.find((c) => c.name === first);
  if (!entry) {
    ctx.stderr(
      first.startsWith('-')
        ? `capstan: unknown flag ${first} (flags come after the command)\nRun 'capstan --help' for usage.\n`
        : `capstan: unknown command "${first}"\nRun 'capstan --help' for the list of commands.\n`,
    );
    return EXIT_USAGE;
  }

  const command = await resolveCommand(entry);
  try {
    if (!command.flags) return await command.run({ argv: rest, values: {} }, ctx);
    const parsed = parseFlags(command, rest, ctx.env);
    if (parsed === 'help') {
      ctx.stdout(commandHelp(command));
      return EXIT_OK;
    }
    return await command.run({ argv: rest, values: parsed }, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr(`capstan ${command.name}: ${err.message}\nRun 'capstan ${command.name} --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (err instanceof CommandError) {
      ctx.stderr(`${err.message.startsWith('capstan ') ? '' : `capstan ${command.name}: `}${err.message}\n`);
      return EXIT_FAILED;
    }
    ctx.stderr(`capstan ${command.name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_FAILED;
  }
}

/**
 * The commands to search. A kubectl-style command (`get`, `apply`, …) needs only its own table,
 * which keeps `capstan get pods` from loading what `up`, `migrate` and the servers import.
 */
async function commandTable(first: string | undefined): Promise<readonly CommandEntry[]> {
  if (first && !first.startsWith('-')) {
    const { KUBECTL_COMMANDS } = await import('./kubectl/commands.ts');
    if (KUBECTL_COMMANDS.some((c) => c.name === first)) return KUBECTL_COMMANDS;
  }
  return (await import('./command-table.ts')).COMMANDS;
}

/** Flag > environment variable > default, for the command's declared flags. */
function parseFlags(command: Command, argv: string[], env: NodeJS.ProcessEnv): FlagValues | 'help' {
  const flags = command.flags ?? [];
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const f of flags) options[f.name] = f.short ? { type: f.type, short: f.short } : { type: f.type };
  let values: FlagValues;
  try {
    // No flag is `multiple`, so no value is an array.
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as FlagValues;
  } catch (err) {
    // parseArgs' messages are precise ("Unknown option '--x'", "Option '--y <value>' argument missing").
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';
  for (const f of flags) {
    if (values[f.name] !== undefined) continue;
    const fromEnv = f.env ? env[f.env] : undefined;
    values[f.name] = fromEnv !== undefined && fromEnv !== '' ? fromEnv : f.default;
  }
  return values;
}

function overview(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: capstan <command> [flags]\n\nCommands:\n${lines.join('\n')}\n\nRun 'capstan <command> --help' for a command's flags.\n`;
}

function commandHelp(command: Command): string {
  const flags = command.flags ?? [];
  const rows = [
    ...flags.map((f) => {
      const left = `${f.short ? `-${f.short}, ` : ''}--${f.name}${f.valueName ? ` ${f.valueName}` : ''}`;
      const notes = [f.env && `env ${f.env}`, f.default !== undefined && `default ${f.default}`].filter(Boolean).join('; ');
      return [left, notes ? `${f.description} (${notes})` : f.description] as const;
    }),
    ['-h, --help', 'Show this help'] as const,
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  const synopsis = flags.map((f) => `[--${f.name}${f.valueName ? ` ${f.valueName}` : ''}]`).join(' ');
  return (
    `Usage: capstan ${command.name}${synopsis ? ` ${synopsis}` : ''}\n\n` +
    `${command.description ?? command.summary}\n\n` +
    `Flags:\n${rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n')}\n`
  );
}

/**
 * Run as `tsx cli/main.ts`. Compiled, this file's import.meta.url still names cli/main.ts
 * (scripts/build.mjs), so dist/cli/main.js runs only through bin/capstan.js.
 */
function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

/**
 * A reader that goes away (`capstan up | head`) must not crash a command with a stack trace:
 * output after that is dropped. Short commands that print and exit stop early on their own
 * (kubectl-command.ts); `up` keeps supervising its cluster.
 */
function dropOutputWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    throw err;
  });
}

/**
 * Runs `capstan` as this process: output to a reader that goes away is dropped, and the exit
 * code is the command's (a server's keeps the process running). bin/capstan.js calls it.
 */
export async function runCli(argv: string[]): Promise<void> {
  dropOutputWhenReaderLeaves(process.stdout);
  dropOutputWhenReaderLeaves(process.stderr);
  const code = await main(argv);
  if (code !== undefined) process.exitCode = code;
}

if (isEntryPoint()) await runCli(process.argv.slice(2));
