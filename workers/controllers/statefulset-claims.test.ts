import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { claimsForOrdinal, withClaimVolumes } from './statefulset-claims.ts';
import { statefulSetPod, templateOfPod } from './statefulset-pods.ts';

function sts(extra: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web', namespace: 'default', uid: 'sts-uid' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }], volumes: [{ name: 'cache', emptyDir: {} }] },
      },
      volumeClaimTemplates: [{ metadata: { name: 'data', labels: { tier: 'db' } }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      ...extra,
    },
  };
}

describe('claimsForOrdinal', () => {
  it('names each claim <template>-<set>-<ordinal>, labels it with the template and selector, and leaves it unowned under Retain', () => {
    const [claim] = claimsForOrdinal(sts(), 1);
    expect(claim!.metadata).toEqual({ name: 'data-web-1', namespace: 'default', labels: { tier: 'db', app: 'web' } });
    expect(claim!.spec).toEqual({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } });
  });

  it('makes the set own its claims when whenDeleted is Delete', () => {
    const [claim] = claimsForOrdinal(sts({ persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' } }), 0);
    expect(claim!.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'sts-uid', controller: true, blockOwnerDeletion: true }]);
  });
});

describe('withClaimVolumes', () => {
  it("gives the pod a volume per template mounting its ordinal's claim, keeping the template's other volumes", () => {
    const set = sts();
    const pod = statefulSetPod(set, set.spec.template, 'web-abc', 0);
    expect(pod.spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }, { name: 'cache', emptyDir: {} }]);
  });

  it('replaces a volume of the same name, so a template read back from an older pod gets the new ordinal', () => {
    const set = sts();
    const template = templateOfPod(statefulSetPod(set, set.spec.template, 'web-abc', 0));
    const spec = structuredClone(template.spec);
    withClaimVolumes(spec, set, 1);
    expect(spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-1' } }, { name: 'cache', emptyDir: {} }]);
  });
});
