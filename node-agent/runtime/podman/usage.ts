/**
 * What the pods of the podman runtime use, per container, from podman's own stats
 * (`GET /libpod/containers/stats?stream=false`, what `podman stats --no-stream` prints): cumulative
 * CPU time (CPUNano) and memory in use (MemUsage). Only running containers of Capstan's pods.
 */
import type { PodUsage } from '../pod-usage.ts';
import { LABEL } from './container-status.ts';
import { filtersQuery, LIBPOD, type LibpodClient } from './libpod-client.ts';

interface ListedContainer {
  Id: string;
  Labels?: Record<string, string>;
}

interface StatsEntry {
  ContainerID: string;
  /** CPU time since the container started, in nanoseconds. */
  CPUNano?: number;
  MemUsage?: number;
}

/** Every running pod's usage, one entry per pod with its containers apart. */
export async function podmanPodUsage(api: LibpodClient): Promise<PodUsage[]> {
  const listed = await api.request<ListedContainer[]>('GET', `${LIBPOD}/containers/json?${filtersQuery({ label: [LABEL.POD_UID, LABEL.CONTAINER_NAME], status: ['running'] })}`);
  if (!listed?.length) return [];
  const ids = listed.map((c) => `containers=${encodeURIComponent(c.Id)}`).join('&');
  const answer = await api.request<{ Stats?: StatsEntry[] | null }>('GET', `${LIBPOD}/containers/stats?stream=false&${ids}`, { timeoutMs: 10_000 });
  const stats = new Map((answer?.Stats ?? []).map((s) => [s.ContainerID, s]));
  const pods = new Map<string, PodUsage>();
  for (const c of listed) {
    const s = stats.get(c.Id);
    const uid = c.Labels?.[LABEL.POD_UID];
    const name = c.Labels?.[LABEL.CONTAINER_NAME];
    if (!s || !uid || !name) continue;
    const pod = pods.get(uid) ?? { uid, cpuSeconds: 0, memoryBytes: 0, containers: [] };
    const cpuSeconds = (s.CPUNano ?? 0) / 1e9;
    const memoryBytes = s.MemUsage ?? 0;
    pod.cpuSeconds += cpuSeconds;
    pod.memoryBytes += memoryBytes;
    pod.containers!.push({ name, cpuSeconds, memoryBytes });
    pods.set(uid, pod);
  }
  return [...pods.values()];
}
