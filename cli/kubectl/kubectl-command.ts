/**
 * One kubectl-style command: its flags (plus the global ones every such command takes), its help,
 * and its implementation, imported only when the command runs. Errors become kubectl's messages
 * on stderr and exit code 1; no stack traces.
 */
import { CommandError, UsageError, type Command, type CommandContext, type CompletionSlot } from '../command.ts';
import { bool, durationMs, parseCommandLine, str, type FlagSpec, type ParsedFlags } from './args.ts';
import type { ApiClient } from './client.ts';

export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string', valueName: 'NS', description: 'The namespace (default "default")' },
  { name: 'server', type: 'string', valueName: 'URL', description: "The API server's URL (env CAPSTAN_SERVER; else <data-dir>/config)" },
  { name: 'token', type: 'string', valueName: 'TOKEN', description: 'Bearer token (env CAPSTAN_TOKEN; else the token file named in <data-dir>/config)' },
  { name: 'data-dir', type: 'string', valueName: 'DIR', description: "The local cluster's folder holding config (env CAPSTAN_DATA_DIR; default ~/.capstan)" },
  {
    name: 'request-timeout',
    type: 'string',
    valueName: 'DURATION',
    description: 'Give up on a server request after this long (e.g. 5s, 1m; 0: never); watches and log streams are not limited (env CAPSTAN_REQUEST_TIMEOUT; default 30s). Exit code 124 when it happens',
  },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
];

export const ALL_NAMESPACES_FLAG: FlagSpec = { name: 'all-namespaces', short: 'A', type: 'boolean', description: 'Every namespace' };

export interface Invocation {
  ctx: CommandContext;
  flags: ParsedFlags;
  args: string[];
  /** `-n`, else "default". */
  namespace: string;
  /** `-n` was given. */
  namespaceGiven: boolean;
  allNamespaces: boolean;
  /** The API client, created on first use (credentials are resolved then). */
  client(): Promise<ApiClient>;
  /** Called by the runner when the command ends; closes sockets. */
  onExit(fn: () => unknown): void;
}

export type Implementation = (inv: Invocation) => Promise<number>;

export interface KubectlCommandSpec {
  name: string;
  summary: string;
  usage: string;
  description?: string;
  examples?: string[];
  flags: FlagSpec[];
  /** Its arguments, for shell completion (`capstan completion`). */
  args?: readonly CompletionSlot[];
  load: () => Promise<Implementation>;
}

export function kubectlCommand(spec: KubectlCommandSpec): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    completion: {
      flags: [...spec.flags, ...GLOBAL_FLAGS].map((f) => ({ name: f.name, short: f.short, takesValue: f.type === 'string' || f.type === 'list' })),
      args: spec.args,
    },
    async run({ argv }, ctx) {
      const specs = [...spec.flags, ...GLOBAL_FLAGS];
      const { positionals, flags } = parseCommandLine(argv, specs);
      if (bool(flags, 'help')) {
        ctx.stdout(help(spec, specs));
        return 0;
      }
      const timeoutText = str(flags, 'request-timeout') ?? (ctx.env.CAPSTAN_REQUEST_TIMEOUT || undefined);
      const requestTimeoutMs = timeoutText === undefined ? undefined : durationMs(timeoutText, 'request-timeout');
      const namespaceFlag = str(flags, 'namespace');
      if (namespaceFlag === '') throw new UsageError('--namespace must not be empty');
      // `capstan get pods -o yaml | head` closes the pipe early: stop quietly, as kubectl does.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(0);
      });
      const exits: (() => unknown)[] = [];
      let client: ApiClient | undefined;
      const inv: Invocation = {
        ctx,
        flags,
        args: positionals,
        namespace: namespaceFlag ?? 'default',
        namespaceGiven: namespaceFlag !== undefined,
        allNamespaces: bool(flags, 'all-namespaces'),
        async client() {
          if (!client) {
            const [{ resolveCredentials }, { ApiClient }] = await Promise.all([import('./credentials.ts'), import('./client.ts')]);
            client = new ApiClient(
              resolveCredentials({ server: str(flags, 'server'), token: str(flags, 'token'), dataDir: str(flags, 'data-dir'), env: ctx.env }),
              { requestTimeoutMs },
            );
            exits.push(() => client?.close());
          }
          return client;
        },
        onExit: (fn) => exits.push(fn),
      };
      try {
        const impl = await spec.load();
        return await impl(inv);
      } catch (err) {
        if (err instanceof UsageError) throw err;
        ctx.stderr(`${await errorText(err)}\n`);
        const { RequestTimeoutError, EXIT_REQUEST_TIMEOUT } = await import('./client.ts');
        return err instanceof RequestTimeoutError ? EXIT_REQUEST_TIMEOUT : 1;
      } finally {
        for (const fn of exits) await fn();
      }
    },
  };
}

async function errorText(err: unknown): Promise<string> {
  const { ApiError, describeApiError } = await import('./client.ts');
  if (err instanceof ApiError) return describeApiError(err);
  if (err instanceof CommandError) return err.message.startsWith('error:') || err.message.startsWith('Error') ? err.message : `error: ${err.message}`;
  return `error: ${err instanceof Error ? err.message : String(err)}`;
}

function help(spec: KubectlCommandSpec, flags: FlagSpec[]): string {
  const rows = flags.map((f) => {
    const value = f.type === 'boolean' ? '' : f.type === 'optional' ? `[=${f.valueName ?? 'VALUE'}]` : ` ${f.valueName ?? 'VALUE'}`;
    return [`${f.short ? `-${f.short}, ` : '    '}--${f.name}${value}`, f.description + (f.default && f.type !== 'optional' ? ` (default ${f.default})` : '')] as const;
  });
  const width = Math.max(...rows.map(([l]) => l.length));
  const examples = spec.examples?.length ? `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join('\n')}\n` : '';
  return (
    `Usage: capstan ${spec.usage}\n\n${spec.description ?? spec.summary}\n${examples}\n` +
    `Flags:\n${rows.map(([l, r]) => `  ${l.padEnd(width)}  ${r}`).join('\n')}\n`
  );
}
