import { readFileSync } from 'node:fs';
import { clusterPaths } from '../cluster/cluster-paths.ts';
import { dataDirFlag } from '../cluster/data-dir-flag.ts';
import { kubeconfigYaml } from '../cluster/kubeconfig.ts';
import type { ClusterConfig } from '../cluster/summary.ts';
import { CommandError, stringFlag, type Command } from '../command.ts';

/** `capstan kubeconfig`: the local cluster's kubeconfig for kubectl, on stdout. */
export const kubeconfigCommand: Command = {
  name: 'kubeconfig',
  summary: "Print a kubeconfig for kubectl to use this cluster (KUBECONFIG=<file> kubectl get pods)",
  description:
    "Prints the kubeconfig of the local cluster that `capstan up` started (it also writes it to <data-dir>/kubeconfig). By default the kubeconfig names the admin token's file; --embed-token puts the token itself in it, for another machine.",
  flags: [
    dataDirFlag,
    { name: 'embed-token', type: 'boolean', description: 'Put the token in the kubeconfig instead of its file name' },
    { name: 'namespace', short: 'n', type: 'string', valueName: 'NS', description: 'The namespace of the context' },
  ],
  async run(input, ctx) {
    const paths = clusterPaths(stringFlag(input.values, 'data-dir')!);
    let config: Partial<ClusterConfig>;
    try {
      config = JSON.parse(readFileSync(paths.configFile, 'utf8')) as Partial<ClusterConfig>;
    } catch {
      throw new CommandError(`error: no cluster configured: ${paths.configFile} does not exist or cannot be read. Start one with 'capstan up'.`);
    }
    if (typeof config.server !== 'string' || typeof config.tokenFile !== 'string') throw new CommandError(`error: ${paths.configFile} names no server or token file`);
    let token: string | undefined;
    let caData: string | undefined;
    if (input.values['embed-token'] === true) {
      try {
        token = readFileSync(config.tokenFile, 'utf8').trim();
      } catch (err) {
        throw new CommandError(`error: cannot read the admin token from ${config.tokenFile} (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`);
      }
      try {
        caData = readFileSync(paths.caFile, 'utf8');
      } catch {
        throw new CommandError(`error: cannot read the cluster CA from ${paths.caFile}: is the cluster running?`);
      }
    }
    ctx.stdout(
      kubeconfigYaml({
        server: config.server,
        tokenFile: config.tokenFile,
        token,
        certificateAuthority: paths.caFile,
        certificateAuthorityData: caData,
        namespace: stringFlag(input.values, 'namespace'),
      }),
    );
    return 0;
  },
};
