/**
 * The scheduler's side of WaitForFirstConsumer binding (kube-scheduler's VolumeBinding PreBind,
 * done here just after the pod is bound): each unbound claim of a placed pod is told which node
 * its pod went to, `volume.kubernetes.io/selected-node`, which the local-path provisioner of the
 * persistent-volume controller waits for to make the volume on that node.
 */
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { Store } from '../../server/store/store.ts';
import { SELECTED_NODE_ANNOTATION } from '../../server/storage/persistentvolume-binder.ts';

/** Annotates each claim with `nodeName` unless it is bound or names a node already. */
export async function annotateSelectedNode(store: Store, claims: readonly KObject[], nodeName: string): Promise<void> {
  for (const claim of claims) {
    try {
      await store.update('PersistentVolumeClaim', claim.metadata.namespace, claim.metadata.name, (c) => {
        if (c.spec?.volumeName || c.metadata.annotations?.[SELECTED_NODE_ANNOTATION]) return c;
        c.metadata.annotations = { ...(c.metadata.annotations ?? {}), [SELECTED_NODE_ANNOTATION]: nodeName };
        return c;
      });
    } catch (err) {
      // A claim deleted since: the pod will not start anyway, and the binder has nothing to do.
      if (!(err instanceof CapstanError && err.code === 'NOT_FOUND')) throw err;
    }
  }
}
