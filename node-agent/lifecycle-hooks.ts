/**
 * Container lifecycle hooks (kubelet's handlerRunner): `postStart` runs right after the container
 * started, `preStop` before it is sent SIGTERM. A hook is an exec in the container, an HTTP GET
 * against the pod (the same checks as probes, see probes.ts) or a sleep.
 */
import type { LifecycleHandler } from './pod-types.ts';
import { runProbe, type ProbeTarget } from './probes.ts';

export type HookKind = 'PostStart' | 'PreStop';

/** Runs `handler` within `timeoutMs`; resolves to null when it succeeded, else why it failed. */
export async function runLifecycleHook(handler: LifecycleHandler, target: ProbeTarget, timeoutMs: number, signal?: AbortSignal): Promise<string | null> {
  if (handler.sleep) {
    const ms = Math.min(Math.max(0, handler.sleep.seconds) * 1000, timeoutMs);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });
    return null;
  }
  if (handler.exec) {
    const command = handler.exec.command ?? [];
    try {
      const r = await target.exec(command, timeoutMs);
      if (r.exitCode === 0) return null;
      return `command '${command.join(' ')}' exited with ${r.exitCode}: ${r.output.trim().slice(0, 200)}`;
    } catch (err) {
      return (err as Error).message;
    }
  }
  if (handler.httpGet) {
    const outcome = await runProbe({ httpGet: handler.httpGet }, target, timeoutMs);
    return outcome.ok ? null : outcome.message;
  }
  return 'the hook has no exec, httpGet or sleep action';
}

/** Kubernetes' event message for a failed hook. */
export function hookFailureMessage(kind: HookKind, handler: LifecycleHandler, container: string, pod: { namespace?: string; name: string }, error: string): string {
  const what = handler.exec ? `Exec lifecycle hook (${JSON.stringify(handler.exec.command ?? [])})` : handler.httpGet ? 'HTTP lifecycle hook' : 'Sleep lifecycle hook';
  return `${what} for Container "${container}" in Pod "${pod.name}_${pod.namespace}" failed - error: ${error}`;
}
