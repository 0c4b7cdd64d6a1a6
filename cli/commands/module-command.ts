import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommandError, type Command } from '../command.ts';

export interface ModuleCommandOptions {
  name: string;
  summary: string;
  /** The module that implements the command, as a URL (`new URL('../../server/main.ts', import.meta.url)`). */
  module: URL;
  /** Its export, called with the command's argv: `runServer(argv)`. */
  exportName: string;
}

/** What a command module exports; a returned number is the exit code. */
export type CommandEntry = (argv: string[]) => unknown;

/**
 * A command implemented by another part of Capstan, loaded only when it runs so that
 * `capstan migrate` does not pay for the server's imports. The module owns its flags: it gets
 * the argv after the command name untouched, `--help` included.
 */
export function moduleCommand(options: ModuleCommandOptions): Command {
  return {
    name: options.name,
    summary: options.summary,
    async run({ argv }) {
      // Checked up front: an import error from inside a module that exists must not read as
      // "not available".
      if (!existsSync(fileURLToPath(options.module))) {
        throw new CommandError(`capstan ${options.name} is not available in this build yet`);
      }
      const mod = (await import(options.module.href)) as Record<string, unknown>;
      const entry = mod[options.exportName];
      if (typeof entry !== 'function') {
        throw new CommandError(`${fileURLToPath(options.module)} does not export a function ${options.exportName}`);
      }
      const result = await (entry as CommandEntry)(argv);
      return typeof result === 'number' ? result : undefined;
    },
  };
}
