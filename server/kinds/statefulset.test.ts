import { describe, expect, it } from 'vitest';
import { statefulSet } from './statefulset.ts';
import type { KObject } from './types.ts';

const claim = (name: string, storage: unknown = '1Gi') => ({ metadata: { name }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage } } } });

function makeSTS(spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      serviceName: 'web',
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
      ...spec,
    },
  };
}

function problems(obj: KObject, old?: KObject): string[] {
  statefulSet.applyDefaults(obj);
  if (old) statefulSet.applyDefaults(old);
  return statefulSet.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('statefulSet', () => {
  it("fills Kubernetes' defaults", () => {
    const sts = makeSTS({ volumeClaimTemplates: [claim('data')] });
    expect(problems(sts)).toEqual([]);
    expect(sts.spec.replicas).toBe(1);
    expect(sts.spec.podManagementPolicy).toBe('OrderedReady');
    expect(sts.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
    expect(sts.spec.revisionHistoryLimit).toBe(10);
    expect(sts.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
    expect(sts.spec.volumeClaimTemplates[0].spec.volumeMode).toBe('Filesystem');
  });

  it('lets containers mount a claim template by name', () => {
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] } };
    expect(problems(makeSTS({ template, volumeClaimTemplates: [claim('data')] }))).toEqual([]);
    expect(problems(makeSTS({ template })).join('\n')).toContain('spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"');
  });

  it.each([
    ['an unknown pod management policy', { podManagementPolicy: 'Random' }, 'spec.podManagementPolicy: Unsupported value: "Random"'],
    ['a negative partition', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: -1 } } }, 'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1'],
    ['rollingUpdate with OnDelete', { updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 1 } } }, 'spec.updateStrategy.rollingUpdate: Forbidden'],
    ['a service name that is not a DNS label', { serviceName: 'Web_1' }, 'spec.serviceName: Invalid value: "Web_1"'],
    ['a claim without storage', { volumeClaimTemplates: [{ metadata: { name: 'd' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: {} } } }] }, 'spec.volumeClaimTemplates[0].spec.resources.requests[storage]: Required value'],
    ['a claim with a bad quantity', { volumeClaimTemplates: [claim('d', '1Gx')] }, 'spec.volumeClaimTemplates[0].spec.resources.requests[storage]'],
    ['a claim without access modes', { volumeClaimTemplates: [{ metadata: { name: 'd' }, spec: { resources: { requests: { storage: '1Gi' } } } }] }, 'spec.volumeClaimTemplates[0].spec.accessModes: Required value'],
    ['duplicate claim names', { volumeClaimTemplates: [claim('d'), claim('d')] }, 'spec.volumeClaimTemplates[1].metadata.name: Invalid value: "d": duplicate claim template name'],
    ['a claim named badly', { volumeClaimTemplates: [claim('D!')] }, 'spec.volumeClaimTemplates[0].metadata.name: Invalid value: "D!"'],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeSTS(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('lets an update change replicas, template and updateStrategy but not serviceName or claims', () => {
    const old = makeSTS({ volumeClaimTemplates: [claim('data')] });
    expect(problems(makeSTS({ replicas: 5, volumeClaimTemplates: [claim('data')], updateStrategy: { type: 'OnDelete' } }), old)).toEqual([]);
    expect(problems(makeSTS({ serviceName: 'other', volumeClaimTemplates: [claim('data')] }), old).join('\n')).toContain('spec: Forbidden: updates to statefulset spec for fields other than');
    expect(problems(makeSTS({ volumeClaimTemplates: [claim('data', '2Gi')] }), old).join('\n')).toContain('spec: Forbidden');
  });
});
