/**
 * Measured usage (what kubectl top shows): the podMetrics and nodeMetrics queries, polled every
 * 15 s (the agents' default window), as numbers: cpu in cores, memory in bytes.
 */
import { useEffect, useState } from 'react';
import { useCluster } from './context.tsx';
import { parseQuantity } from './format.ts';
import { NodeUsageDocument, PodUsageDocument } from '../../../api/generated/operations.ts';

export interface Usage {
  cpu: number;
  memory: number;
  /** End of the measurement window (RFC 3339) and its length (`15s`). */
  timestamp: string;
  window: string;
  containers?: Map<string, { cpu: number; memory: number }>;
}

const POLL_MS = 15_000;


function usePolled<T>(query: string, variables: Record<string, unknown>, pick: (data: any) => T, key: string): { value: T | undefined; error: unknown } {
  const { api } = useCluster();
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: null });
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      api.request(query, variables).then(
        (d) => !cancelled && setState({ value: pick(d), error: null }),
        (e) => !cancelled && setState((s) => ({ value: s.value, error: e })),
      );
    void load();
    const timer = setInterval(load, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
    // `key` stands for query and variables.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return state;
}

/** One pod's latest usage; undefined while none is reported (just started, or no agent reporting). */
export function usePodUsage(namespace: string, name: string): { usage: Usage | undefined; error: unknown } {
  const { value, error } = usePolled(
    PodUsageDocument,
    { namespace, name },
    (d): Usage | undefined => {
      const m = d.podMetrics?.[0];
      if (!m) return undefined;
      const containers = new Map<string, { cpu: number; memory: number }>();
      for (const c of m.containers) containers.set(c.name, { cpu: parseQuantity(c.usage?.cpu), memory: parseQuantity(c.usage?.memory) });
      let cpu = 0;
      let memory = 0;
      for (const c of containers.values()) {
        cpu += c.cpu;
        memory += c.memory;
      }
      return { cpu, memory, timestamp: m.timestamp, window: m.window, containers };
    },
    `pod/${namespace}/${name}`,
  );
  return { usage: value, error };
}

/** Every node's latest usage, by node name. */
export function useNodeUsage(): { byNode: Map<string, Usage>; error: unknown } {
  const { value, error } = usePolled(
    NodeUsageDocument,
    {},
    (d) => new Map<string, Usage>((d.nodeMetrics ?? []).map((m: any) => [m.metadata.name, { cpu: parseQuantity(m.usage?.cpu), memory: parseQuantity(m.usage?.memory), timestamp: m.timestamp, window: m.window }])),
    'nodes',
  );
  return { byNode: value ?? new Map(), error };
}
