/**
 * `capstan logs POD [-c C] [-f] [--tail N] [--since 5m] [--previous]` and `logs -l SELECTOR`,
 * through the `podLogs` subscription. With -l (or --prefix) every line carries
 * `[pod/NAME/CONTAINER]`, like kubectl's --prefix; with -f and -l, pods that start matching
 * later are followed too.
 */
import { CommandError, UsageError } from '../../command.ts';
import { bool, durationMs, int, str } from '../args.ts';
import { ApiError } from '../client.ts';
import type { Invocation } from '../kubectl-command.ts';
import { listObjects, mustGet } from '../objects.ts';
import type { KObject } from '../output.ts';
import { findResource, requireResource } from '../resources.ts';
import { watchObjects } from '../watch.ts';

interface Stream {
  pod: string;
  container: string;
}

export async function logs(inv: Invocation): Promise<number> {
  const selector = str(inv.flags, 'selector');
  const follow = bool(inv.flags, 'follow');
  const allContainers = bool(inv.flags, 'all-containers');
  const container = str(inv.flags, 'container');
  // kubectl's default: every line of one pod, the last 10 of each pod matched by a selector.
  const tail = int(inv.flags, 'tail', selector ? 10 : -1)!;
  const sinceText = str(inv.flags, 'since');
  const sinceSeconds = sinceText ? Math.max(1, Math.ceil(durationMs(sinceText, 'since') / 1000)) : undefined;
  const previous = bool(inv.flags, 'previous');
  const maxRequests = int(inv.flags, 'max-log-requests', 5)!;
  const podsResource = requireResource('pods');
  const client = await inv.client();

  let pods: KObject[];
  let podsRevision: string | undefined;
  if (selector) {
    if (inv.args.length > 0) throw new UsageError('a pod name and -l cannot be used together');
    const list = await listObjects(client, podsResource, { namespace: inv.namespace, labelSelector: selector });
    pods = list.items;
    podsRevision = list.resourceVersion;
    if (pods.length === 0 && !follow) {
      inv.ctx.stderr(`No resources found in ${inv.namespace} namespace.\n`);
      return 0;
    }
  } else {
    const [target, containerArg, ...extra] = inv.args;
    if (!target) throw new UsageError('name a pod (capstan logs POD) or select pods with -l SELECTOR');
    if (extra.length || (containerArg && container)) throw new UsageError('expected: capstan logs POD [-c CONTAINER]');
    pods = [await podFor(inv, target)];
    if (containerArg) inv.flags.container = containerArg;
  }
  const prefix = bool(inv.flags, 'prefix') || !!selector;
  const chosen = str(inv.flags, 'container');

  const streamsOf = (pod: KObject): Stream[] => {
    const names: string[] = (pod.spec?.containers ?? []).map((c: any) => c.name);
    if (chosen) {
      if (!names.includes(chosen) && !(pod.spec?.initContainers ?? []).some((c: any) => c.name === chosen)) {
        throw new CommandError(`error: container ${chosen} is not valid for pod ${pod.metadata.name}`);
      }
      return [{ pod: pod.metadata.name, container: chosen }];
    }
    if (allContainers) return names.map((c) => ({ pod: pod.metadata.name, container: c }));
    if (names.length > 1 && !selector) {
      throw new CommandError(`error: a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]`);
    }
    const dflt = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? names[0];
    return dflt ? [{ pod: pod.metadata.name, container: dflt }] : [];
  };

  const streams = pods.flatMap(streamsOf);
  if (follow && streams.length > maxRequests) {
    throw new CommandError(
      `error: you are attempting to follow ${streams.length} log streams, but the maximum allowed concurrency is ${maxRequests}, use --max-log-requests to increase the limit`,
    );
  }

  const query =
    'subscription($namespace: String!, $name: String!, $container: String, $follow: Boolean, $tailLines: Int, $sinceSeconds: Int, $previous: Boolean) { ' +
    'podLogs(namespace: $namespace, name: $name, container: $container, follow: $follow, tailLines: $tailLines, sinceSeconds: $sinceSeconds, previous: $previous) { pod container data } }';
  const started = new Set<string>();
  let failures = 0;
  let signalled = false;
  const stops: (() => void)[] = [];
  const onSignal = () => {
    signalled = true;
    for (const s of stops) s();
    release?.();
  };
  let release: (() => void) | undefined;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  inv.onExit(() => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });

  const run = (s: Stream): Promise<void> => {
    const key = `${s.pod}/${s.container}`;
    if (started.has(key)) return Promise.resolve();
    started.add(key);
    const label = `[pod/${s.pod}/${s.container}] `;
    let partial = '';
    const write = (data: string) => {
      if (!prefix) return inv.ctx.stdout(data);
      const text = partial + data;
      const lines = text.split('\n');
      partial = lines.pop()!;
      if (lines.length) inv.ctx.stdout(lines.map((l) => `${label}${l}\n`).join(''));
    };
    return new Promise<void>((resolve) => {
      client
        .subscribe<{ podLogs: { data: string } }>(
          query,
          { namespace: inv.namespace, name: s.pod, container: s.container, follow, tailLines: tail >= 0 ? tail : undefined, sinceSeconds, previous },
          {
            next: (d) => write(d.podLogs.data),
            error: (err) => {
              if (partial) write('\n');
              failures++;
              inv.ctx.stderr(`${err instanceof ApiError ? `Error from server (${err.code === 'NOT_FOUND' ? 'NotFound' : err.code === 'UNAVAILABLE' ? 'ServiceUnavailable' : err.code === 'INVALID' ? 'BadRequest' : err.code}): ${err.message}` : `error: ${err.message}`}${prefix ? ` (${label.trim()})` : ''}\n`);
              resolve();
            },
            complete: () => {
              if (partial) write('\n');
              resolve();
            },
          },
        )
        .then((stop) => {
          stops.push(stop);
          if (signalled) stop();
        })
        .catch((err: Error) => {
          failures++;
          inv.ctx.stderr(`error: ${err.message}\n`);
          resolve();
        });
    });
  };

  const runs = streams.map(run);
  if (selector && follow) {
    // Pods that start matching later join the stream, as a `logs -f` over a Deployment expects.
    const joining = new Promise<void>((resolve) => (release = resolve));
    const watching = watchObjects(inv, podsResource, {
      namespace: inv.namespace,
      labelSelector: selector,
      resourceVersion: podsRevision,
      onEvent: (type, pod) => {
        if (type === 'DELETED' || !pod.status?.containerStatuses?.some((c: any) => c.state?.running || c.state?.terminated)) return false;
        for (const s of streamsOf(pod)) runs.push(run(s));
        return false;
      },
    }).finally(() => release?.());
    await Promise.race([joining, watching]);
    for (const s of stops) s();
    await Promise.allSettled(runs);
    return 0;
  }
  await Promise.all(runs);
  return failures > 0 && !signalled ? 1 : 0;
}

const WORKLOADS_WITH_PODS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'DaemonSet', 'StatefulSet', 'Job']);

/** A pod by name, or `deploy/web`, `rs/x`: the first pod of that workload, like kubectl. */
async function podFor(inv: Invocation, target: string): Promise<KObject> {
  const client = await inv.client();
  const slash = target.indexOf('/');
  const pods = requireResource('pods');
  if (slash < 0) return mustGet(client, pods, inv.namespace, target);
  const r = findResource(target.slice(0, slash));
  const name = target.slice(slash + 1);
  if (!r) throw new UsageError(`the server doesn't have a resource type "${target.slice(0, slash)}"`);
  if (r.kind === 'Pod') return mustGet(client, pods, inv.namespace, name);
  if (!WORKLOADS_WITH_PODS.has(r.kind)) throw new UsageError(`cannot get logs of ${r.plural}: name a pod, a deployment, a replicaset, a replicationcontroller, a daemonset, a statefulset or a job`);
  const owner = await mustGet(client, r, inv.namespace, name);
  // A ReplicationController's selector is the label map itself.
  const matchLabels: Record<string, string> = (r.kind === 'ReplicationController' ? owner.spec?.selector : owner.spec?.selector?.matchLabels) ?? {};
  const selector = Object.entries(matchLabels).map(([k, v]) => `${k}=${v}`).join(',');
  const list = await listObjects(client, pods, { namespace: inv.namespace, labelSelector: selector || undefined });
  const running = list.items.filter((p) => p.status?.phase === 'Running');
  const pod = (running.length ? running : list.items).sort((a, b) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)))[0];
  if (!pod) throw new CommandError(`error: no pods of ${target} found`);
  return pod;
}
