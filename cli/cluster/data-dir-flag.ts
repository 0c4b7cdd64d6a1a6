/** The `--data-dir` flag `capstan up` and `capstan down` share. */
import type { Flag } from '../command.ts';
import { clusterPaths, DEFAULT_DATA_DIR } from './cluster-paths.ts';

export const dataDirFlag: Flag = {
  name: 'data-dir',
  type: 'string',
  valueName: 'DIR',
  env: 'CAPSTAN_DATA_DIR',
  default: DEFAULT_DATA_DIR,
  description: "The local cluster's folder: logs, pids.json, config, admin-token",
};

/** `capstan down` as the user should type it for this data folder. */
export function downCommandFor(dataDir: string): string {
  return dataDir === clusterPaths(DEFAULT_DATA_DIR).dataDir ? 'capstan down' : `capstan down --data-dir ${dataDir}`;
}
