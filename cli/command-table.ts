/**
 * Every `capstan` command, in the order `capstan --help` lists them. Adding one (`up`, `down`)
 * is one entry here.
 */
import type { Command } from './command.ts';
import { downCommand } from './commands/down.ts';
import { kubeconfigCommand } from './commands/kubeconfig.ts';
import { migrateCommand } from './commands/migrate.ts';
import { moduleCommand } from './commands/module-command.ts';
import { upCommand } from './commands/up.ts';
import { versionCommand } from './commands/version.ts';
import { KUBECTL_COMMANDS } from './kubectl/commands.ts';

export const COMMANDS: readonly Command[] = [
  upCommand,
  downCommand,
  migrateCommand,
  moduleCommand({
    name: 'server',
    summary: 'Run the API server (GraphQL, watches, controllers)',
    module: new URL('../server/main.ts', import.meta.url),
    exportName: 'runServer',
  }),
  moduleCommand({
    name: 'workers',
    summary: 'Run the background workers',
    module: new URL('../workers/main.ts', import.meta.url),
    exportName: 'runWorkers',
  }),
  moduleCommand({
    name: 'agent',
    summary: 'Run the node agent on this machine',
    module: new URL('../node-agent/main.ts', import.meta.url),
    exportName: 'runAgent',
  }),
  ...KUBECTL_COMMANDS,
  kubeconfigCommand,
  versionCommand,
];
