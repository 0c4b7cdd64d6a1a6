/**
 * What a `capstan <command>` is: a name, a one-line summary for `capstan --help`, and either a
 * table of flags that the dispatcher parses and documents, or none, when the command's module
 * parses its own argv (server, workers, agent).
 */

/** Where a command writes, and the environment it reads; injectable for tests. */
export interface CommandContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface Flag {
  /** Long name without dashes: `database-url` is `--database-url`. */
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder for the value in help: `--database-url URL`. */
  valueName?: string;
  description: string;
  /** Environment variable read when the flag is not given. */
  env?: string;
  /** Used when neither the flag nor its variable is set. */
  default?: string;
}

/** Flag values after the flag > environment > default resolution. */
export type FlagValues = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Paragraph shown by `capstan <command> --help`. */
  description?: string;
  /**
   * Flags the dispatcher parses (and documents in --help). Undefined: the command receives its
   * argv untouched, `--help` included, and owns its flags.
   */
  flags?: Flag[];
  /** What shell completion offers after the command name (see commands/completion.ts). */
  completion?: CompletionSpec;
  /** Resolves to the exit code, or to undefined to leave the process running (servers). */
  run(input: CommandInput, ctx: CommandContext): Promise<number | undefined>;
}

/**
 * One argument position of a command, for shell completion: a kind (`pods`, `deploy`, or
 * `kind/name`), names of the kind given before, a pod's name, or one of some words.
 */
export type CompletionSlot = 'kind' | 'names' | 'pod' | readonly string[];

export interface CompletionSpec {
  /** Flags of a command that parses its own argv (kubectl-style), with whether each takes a value. */
  flags?: readonly { name: string; short?: string; takesValue: boolean }[];
  /** Its arguments in order; a last `names` slot repeats. */
  args?: readonly CompletionSlot[];
}

/**
 * A command listed by its name and summary, whose module (and what that imports) is loaded
 * only when it runs: `capstan version` does not load PostgreSQL and Redis clients for `up`.
 */
export interface LazyCommand {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** An entry of a command table. */
export type CommandEntry = Command | LazyCommand;

/** The command itself, its module loaded if it is lazy. */
export async function resolveCommand(entry: CommandEntry): Promise<Command> {
  return 'load' in entry ? entry.load() : entry;
}

export interface CommandInput {
  /** The arguments after the command name, as given. */
  argv: string[];
  /** Parsed flags, when the command declares `flags`. */
  values: FlagValues;
}

/** A mistake in how the command was called: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure the user can act on: printed without a stack trace, exit code 1. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
