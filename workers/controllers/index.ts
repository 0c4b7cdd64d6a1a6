/**
 * Every controller Capstan ships, built with one process's settings. `capstan workers` runs
 * them (or the `--controllers` subset); tests build their own registries.
 */
import type { Controller } from '../controller.ts';
import { createDaemonSetController } from './daemonset.ts';
import { createCronJobController } from './cronjob.ts';
import { createDeploymentController } from './deployment.ts';
import { createEndpointsController } from './endpoints.ts';
import { createGCController } from './gc.ts';
import { createJobController } from './job.ts';
import { createNamespaceController } from './namespace.ts';
import { createNodeLifecycleController } from './node-lifecycle.ts';
import { createPersistentVolumeController } from './persistentvolume.ts';
import { createReplicaSetController } from './replicaset.ts';
import { createReplicationControllerController } from './replicationcontroller.ts';
import { createResourceQuotaController } from './resourcequota.ts';
import { rootCaPublisherController } from './root-ca-publisher.ts';
import { createSchedulerController } from './scheduler.ts';
import { serviceAccountController } from './serviceaccount.ts';
import { createStatefulSetController } from './statefulset.ts';
import { tokenController } from './token.ts';

export interface ControllerSettings {
  redisUrl?: string;
  /** The queues' Redis key prefix; the scheduler's batch lock shares it. */
  redisPrefix?: string;
  /** A node whose Lease is older than this is Unknown (default 40 s). */
  nodeMonitorGracePeriodMs?: number;
  /** How often every node's Lease is checked (default an eighth of the grace period, at most 5 s). */
  nodeMonitorPeriodMs?: number;
  /** How long pods tolerate an unreachable/not-ready node unless they say otherwise (default 300 s). */
  defaultTolerationSeconds?: number;
  /** CronJob clock milliseconds per real millisecond (default 1; tests use 60: a minute a second). */
  cronJobClockRate?: number;
  /** Where local-path volumes live on their nodes (default CAPSTAN_LOCAL_PATH_ROOT, else /var/lib/capstan/volumes). */
  localPathRoot?: string;
}

export function builtInControllers(s: ControllerSettings = {}): Map<string, Controller> {
  const list: Controller[] = [
    createSchedulerController({ redisUrl: s.redisUrl, redisPrefix: s.redisPrefix }),
    createReplicaSetController(),
    createReplicationControllerController(),
    createDaemonSetController(),
    createStatefulSetController(),
    createDeploymentController(),
    createJobController(),
    createCronJobController({ clockRate: s.cronJobClockRate }),
    createNodeLifecycleController({
      nodeMonitorGracePeriodMs: s.nodeMonitorGracePeriodMs,
      nodeMonitorPeriodMs: s.nodeMonitorPeriodMs,
      defaultTolerationSeconds: s.defaultTolerationSeconds,
    }),
    createEndpointsController(),
    createPersistentVolumeController({ localPathRoot: s.localPathRoot }),
    serviceAccountController,
    tokenController,
    rootCaPublisherController,
    createNamespaceController(),
    createResourceQuotaController(),
    createGCController(),
  ];
  return new Map(list.map((c) => [c.name, c]));
}

/** Milliseconds from an environment variable holding seconds, or undefined. */
export function secondsFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of seconds, not "${v}"`);
  return n;
}
