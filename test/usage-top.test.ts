/**
 * Usage end to end: a real agent (process runtime) measures a pod that burns CPU and reports
 * every second (--usage-report-ms 1000); the real kubectl top (v1.32) reads it through
 * metrics.k8s.io, `capstan top` through GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capstan } from './cli-run.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { waitFor } from './harness.ts';
import { kubectlFor, kubectlInstalled, type Kubectl } from './kubectl.ts';

const BURNER = `
apiVersion: v1
kind: Pod
metadata:
  name: burner
  labels:
    app: burner
spec:
  terminationGracePeriodSeconds: 0
  containers:
  - name: spin
    image: busybox
    command: ["sh", "-c", "while :; do :; done"]
`;

/** The CPU column of `name`'s line in top output, in millicores (undefined: no line). */
function cpuMillicoresOf(output: string, name: string): number | undefined {
  const line = output.split('\n').find((l) => l.split(/\s+/)[0] === name);
  const m = line && /\s(\d+)m\s/.exec(`${line} `);
  return m ? Number(m[1]) : undefined;
}

describe.skipIf(!kubectlInstalled())('usage (kubectl top, capstan top)', () => {
  let cluster: Cluster;
  let kubectl: Kubectl;

  beforeAll(async () => {
    cluster = await startCluster({ agents: 1, label: 'usage-top', agentArgs: ['--usage-report-ms', '1000'] });
    kubectl = await kubectlFor(cluster.server);
    const created = await kubectl.run(['apply', '-f', '-'], { input: BURNER });
    expect(created.code, created.stderr).toBe(0);
  }, 120_000);

  afterAll(async () => {
    kubectl?.cleanup();
    await cluster?.stop();
  }, 60_000);

  it('kubectl top pods shows the CPU a busy pod burns and its memory', async () => {
    const out = await waitFor(
      'kubectl top pods to show burner using CPU',
      async () => {
        const r = await kubectl.run(['top', 'pods']);
        return r.code === 0 && (cpuMillicoresOf(r.stdout, 'burner') ?? 0) > 100 ? r.stdout : undefined;
      },
      60_000,
      500,
    );
    expect(out.split('\n')[0]).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)/);
    expect(out).toMatch(/^burner\s+\d+m\s+\d+Mi/m);
  }, 90_000);

  it('kubectl top pods by name and by label, and --containers, read the same pod', async () => {
    const named = await kubectl.run(['top', 'pod', 'burner', '--containers']);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toMatch(/^burner\s+spin\s+\d+m\s+\d+Mi/m);
    const labelled = await kubectl.run(['top', 'pods', '-l', 'app=burner']);
    expect(labelled.stdout).toMatch(/^burner\s/m);
    const none = await kubectl.run(['top', 'pods', '-l', 'app=nothing']);
    expect(none.stdout).not.toMatch(/burner/);
  }, 60_000);

  it('kubectl top nodes shows a line for the node with its CPU and memory use', async () => {
    const node = cluster.agents[0]!.name;
    const out = await waitFor(
      'kubectl top nodes to show the node',
      async () => {
        const r = await kubectl.run(['top', 'nodes']);
        return r.code === 0 && new RegExp(`^${node}\\s+\\d+m\\s+\\d+%\\s+\\d+Mi\\s+\\d+%`, 'm').test(r.stdout) ? r.stdout : undefined;
      },
      30_000,
      500,
    );
    expect(out.split('\n')[0]).toMatch(/^NAME\s+CPU\(cores\)\s+CPU\(%\)\s+MEMORY\(bytes\)\s+MEMORY\(%\)/);
    expect(cpuMillicoresOf(out, node)).toBeGreaterThan(100);
  }, 60_000);

  it('capstan top pods shows the busy pod with non-zero CPU', async () => {
    const r = await capstan({ server: cluster.server.baseUrl, token: cluster.server.token }, ['top', 'pods']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)/);
    expect(cpuMillicoresOf(r.stdout, 'burner')).toBeGreaterThan(100);
  }, 60_000);

  it('capstan top nodes shows the node usage beside what its pods request', async () => {
    const r = await capstan({ server: cluster.server.baseUrl, token: cluster.server.token }, ['top', 'nodes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^NAME\s+CPU\(cores\)\s+CPU\(%\)\s+MEMORY\(bytes\)\s+MEMORY\(%\)\s+CPU\(requests\)/);
    expect(cpuMillicoresOf(r.stdout, cluster.agents[0]!.name)).toBeGreaterThan(100);
  }, 60_000);
});
