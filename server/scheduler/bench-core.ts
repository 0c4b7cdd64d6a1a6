/**
 * Times the scheduler's pure core: scheduleBatch of many pending pods onto many nodes, in memory.
 *
 *   npx tsx server/scheduler/bench-core.ts [pods=10000] [nodes=5000]
 *
 * Nodes: 32 cpu / 128Gi / 110 pods, three zones, 5% with a PreferNoSchedule taint, 2% with a
 * NoSchedule taint. One running pod per node to start with. Pending pods: 100 workloads of equal
 * size, 250m / 512Mi each; every tenth workload has hostname anti-affinity against itself, every
 * tenth (another one) requires zones z0 or z1, every twentieth asks for a host port.
 */
import { performance } from 'node:perf_hooks';
import type { KObject } from '../kinds/types.ts';
import { buildSnapshot } from './framework.ts';
import { defaultProfile } from './registry.ts';
import { scheduleBatch } from './schedule-one.ts';
import { antiAffinity, makeNode, makePod } from './test-fixtures.ts';

const podCount = Number(process.argv[2] ?? 10_000);
const nodeCount = Number(process.argv[3] ?? 5_000);
const WORKLOADS = 100;

function nodes(): KObject[] {
  return Array.from({ length: nodeCount }, (_, i) => {
    const taints = [];
    if (i % 20 === 0) taints.push({ key: 'spot', value: 'true', effect: 'PreferNoSchedule' });
    if (i % 50 === 7) taints.push({ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' });
    return makeNode(`node-${String(i).padStart(5, '0')}`, {
      cpu: '32',
      memory: '128Gi',
      pods: '110',
      labels: { 'topology.kubernetes.io/zone': `z${i % 3}` },
      taints,
    });
  });
}

function runningPods(nodeList: KObject[]): KObject[] {
  return nodeList.map((n, i) =>
    makePod(`running-${i}`, { nodeName: n.metadata.name, cpu: '1', memory: '2Gi', ownerUid: 'daemon', labels: { app: 'daemon' } }),
  );
}

function pendingPods(): KObject[] {
  return Array.from({ length: podCount }, (_, i) => {
    const w = i % WORKLOADS;
    const app = `app-${w}`;
    return makePod(`${app}-${i}`, {
      uid: `pod-${i}`,
      labels: { app },
      ownerUid: `rs-${w}`,
      cpu: '250m',
      memory: '512Mi',
      created: new Date(Date.UTC(2024, 0, 1) + i).toISOString(),
      affinity:
        w % 10 === 0
          ? antiAffinity({ app })
          : w % 10 === 1
            ? {
                nodeAffinity: {
                  requiredDuringSchedulingIgnoredDuringExecution: {
                    nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.kubernetes.io/zone', operator: 'In', values: ['z0', 'z1'] }] }],
                  },
                },
              }
            : undefined,
      ports: w % 20 === 2 ? [{ containerPort: 9100, hostPort: 9100 }] : undefined,
    });
  });
}

const nodeList = nodes();
const running = runningPods(nodeList);
const pending = pendingPods();

for (const explain of [false, true]) {
  const t0 = performance.now();
  const snapshot = buildSnapshot(nodeList, running);
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  const placements = scheduleBatch(pending, snapshot, defaultProfile, { explain });
  const cpu = process.cpuUsage(cpu0);
  const t2 = performance.now();
  const placed = placements.filter((p) => p.result.nodeName !== undefined).length;
  const seconds = (t2 - t1) / 1000;
  console.log(
    `explain=${explain}: ${placed}/${pending.length} pods placed on ${nodeCount} nodes in ${seconds.toFixed(2)} s ` +
      `→ ${Math.round(pending.length / seconds)} pods/s (snapshot built in ${Math.round(t1 - t0)} ms); ` +
      // CPU time as well: on a loaded machine the wall time says more about the load than the code.
      `${Math.round(pending.length / ((cpu.user + cpu.system) / 1e6))} pods per CPU second`,
  );
}
