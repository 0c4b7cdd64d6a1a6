/**
 * `GET /version`: the Kubernetes version whose API Capstan serves (kubectl warns when its
 * own minor version is more than one away), with Capstan's own version in gitVersion.
 */
import { readFileSync } from 'node:fs';

/** The Kubernetes minor version whose REST API this server speaks. */
export const KUBERNETES_MINOR = 32;

let cached: Record<string, string> | undefined;

export function capstanVersion(): Record<string, string> {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  cached = {
    major: '1',
    minor: String(KUBERNETES_MINOR),
    gitVersion: `v1.${KUBERNETES_MINOR}.0+capstan-${pkg.version}`,
    gitCommit: '',
    gitTreeState: 'clean',
    buildDate: '',
    goVersion: `node ${process.version}`,
    compiler: 'capstan',
    platform: `${process.platform}/${process.arch === 'x64' ? 'amd64' : process.arch}`,
  };
  return cached;
}
