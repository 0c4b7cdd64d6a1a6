/**
 * Time per call of recordUpdate (a status write) and serverSideApply on a pod of 5 containers
 * with 10 env vars each:   npx tsx server/rest/patch/testdata/bench-ownership.ts
 */
import type { KObject } from '../../../kinds/types.ts';
import { recordUpdate, serverSideApply } from '../index.ts';

const containers = Array.from({ length: 5 }, (_, i) => ({
  name: `c${i}`,
  image: 'nginx',
  env: Array.from({ length: 10 }, (_, j) => ({ name: `E${j}`, value: String(j) })),
  ports: [{ containerPort: 80 + i, protocol: 'TCP' }],
  resources: { limits: { cpu: '1' } },
  volumeMounts: [{ name: 'v', mountPath: `/m${i}` }],
}));
let pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', labels: { a: 'b' } }, spec: { containers, volumes: [{ name: 'v', emptyDir: {} }] } };
pod = recordUpdate(null, pod, { manager: 'create', now: new Date() });

function time(label: string, runs: number, fn: (i: number) => void): void {
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  console.log(`${label}: ${((performance.now() - start) / runs).toFixed(3)} ms per call`);
}

time('recordUpdate (status write)', 1000, (i) => {
  const status = { phase: 'Running', conditions: [{ type: 'Ready', status: i % 2 ? 'True' : 'False' }] };
  pod = recordUpdate(pod, { ...pod, status }, { manager: 'kubelet', now: new Date(), subresource: 'status' });
});
time('serverSideApply', 200, (i) => {
  const applied: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { x: String(i) } }, spec: { containers: containers.map((c) => ({ ...c, image: `nginx:${i}` })) } };
  pod = serverSideApply(pod, applied, { manager: 'kubectl', force: true, now: new Date() });
});
