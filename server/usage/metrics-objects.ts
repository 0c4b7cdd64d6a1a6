/**
 * Stored usage as the metrics.k8s.io/v1beta1 objects metrics-server serves: PodMetrics and
 * NodeMetrics, with quantities written as metrics-server writes them (cpu in nanocores, `n`;
 * memory in Ki) so that kubectl top rounds them as it does against a real cluster.
 */
import type { KObject } from '../kinds/types.ts';
import type { UsageRecord } from '../store/usage.ts';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';
export const METRICS_API_VERSION = `${METRICS_GROUP}/${METRICS_VERSION}`;

/** The group's resources, as discovery lists them. */
export const METRICS_RESOURCES: Record<string, unknown>[] = [
  { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
  { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
];

export interface ResourceUsage {
  cpu: string;
  memory: string;
}

/** CPU as a quantity in nanocores (`12500000n`); `0` for none. */
export function cpuQuantity(nanocores: bigint | number): string {
  const n = BigInt(Math.max(0, Math.round(Number(nanocores))));
  return n === 0n ? '0' : `${n}n`;
}

/** Memory as a quantity in Ki, rounded up (`10240Ki`); `0` for none. */
export function memoryQuantity(bytes: bigint | number): string {
  const b = BigInt(Math.max(0, Math.round(Number(bytes))));
  if (b === 0n) return '0';
  return `${(b + 1023n) / 1024n}Ki`;
}

/** A window length as a duration (`15s`, `1.5s`). */
export function windowDuration(seconds: number): string {
  return `${Number(seconds.toFixed(3))}s`;
}

/** The PodMetrics of `record`, labelled like `pod` (metrics-server copies the pod's labels). */
export function podMetricsObject(record: UsageRecord, pod?: KObject): KObject {
  return {
    kind: 'PodMetrics',
    apiVersion: METRICS_API_VERSION,
    metadata: {
      name: record.name,
      namespace: record.namespace,
      creationTimestamp: record.timestamp.toISOString(),
      labels: pod?.metadata.labels ?? {},
    },
    timestamp: record.timestamp.toISOString(),
    window: windowDuration(record.windowSeconds),
    containers: record.containers.map((c) => ({ name: c.name, usage: { cpu: cpuQuantity(c.cpuNanocores), memory: memoryQuantity(c.memoryBytes) } })),
  } as unknown as KObject;
}

/** The NodeMetrics of `record`, labelled like `node`. */
export function nodeMetricsObject(record: UsageRecord, node?: KObject): KObject {
  return {
    kind: 'NodeMetrics',
    apiVersion: METRICS_API_VERSION,
    metadata: { name: record.name, creationTimestamp: record.timestamp.toISOString(), labels: node?.metadata.labels ?? {} },
    timestamp: record.timestamp.toISOString(),
    window: windowDuration(record.windowSeconds),
    usage: { cpu: cpuQuantity(record.cpuNanocores), memory: memoryQuantity(record.memoryBytes) },
  } as unknown as KObject;
}
