import { CommandError, type Command } from '../command.ts';

export interface ModuleCommandOptions {
  name: string;
  summary: string;
  /**
   * Imports the module that implements the command: `() => import('../server/main.ts')`. A
   * literal import, so that the build (scripts/build.mjs) compiles the module into dist/.
   */
  load: () => Promise<object>;
  /** Its export, called with the command's argv: `runServer(argv)`. */
  exportName: string;
}

/** What a command module exports; a returned number is the exit code. */
export type ModuleEntry = (argv: string[]) => unknown;

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
      const mod = (await options.load()) as Record<string, unknown>;
      const entry = mod[options.exportName];
      if (typeof entry !== 'function') {
        throw new CommandError(`the module of capstan ${options.name} does not export a function ${options.exportName}`);
      }
      const result = await (entry as ModuleEntry)(argv);
      return typeof result === 'number' ? result : undefined;
    },
  };
}
