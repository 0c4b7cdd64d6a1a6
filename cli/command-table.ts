/**
 * Every `capstan` command, in the order `capstan --help` lists them. Adding one (`up`, `down`)
 * is one entry here. The cluster commands are lazy: their modules import PostgreSQL, Redis and
 * the store, which no other command needs (a test checks that their summaries match).
 */
import type { CommandEntry } from './command.ts';
import { completionCommand } from './commands/completion.ts';
import { moduleCommand } from './commands/module-command.ts';
import { versionCommand } from './commands/version.ts';
import { KUBECTL_COMMANDS } from './kubectl/commands.ts';

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'up',
    summary: 'Run a whole local cluster in one command (API server, workers, node agents, dashboard)',
    load: async () => (await import('./commands/up.ts')).upCommand,
  },
  { name: 'down', summary: 'Stop the local cluster that `capstan up` started', load: async () => (await import('./commands/down.ts')).downCommand },
  {
    name: 'migrate',
    summary: 'Create the database if it is missing and apply pending migrations',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
  moduleCommand({
    name: 'server',
    summary: 'Run the API server (GraphQL, watches, controllers)',
    load: () => import('../server/main.ts'),
    exportName: 'runServer',
  }),
  moduleCommand({
    name: 'workers',
    summary: 'Run the background workers',
    load: () => import('../workers/main.ts'),
    exportName: 'runWorkers',
  }),
  moduleCommand({
    name: 'agent',
    summary: 'Run the node agent on this machine',
    load: () => import('../node-agent/main.ts'),
    exportName: 'runAgent',
  }),
  ...KUBECTL_COMMANDS,
  {
    name: 'kubeconfig',
    summary: 'Print a kubeconfig for kubectl to use this cluster (KUBECONFIG=<file> kubectl get pods)',
    load: async () => (await import('./commands/kubeconfig.ts')).kubeconfigCommand,
  },
  completionCommand,
  versionCommand,
];
