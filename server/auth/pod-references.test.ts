import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { podReferences } from './pod-references.ts';
import { apiAccessVolume } from './service-account-admission.ts';

const pod = (spec: Record<string, unknown>): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec });

describe('podReferences', () => {
  it('collects Secrets and ConfigMaps from env, envFrom, volumes, projected volumes and imagePullSecrets', () => {
    const refs = podReferences([
      pod({
        serviceAccountName: 'runner',
        imagePullSecrets: [{ name: 'pull' }],
        initContainers: [{ name: 'i', env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'init-cm', key: 'k' } } }] }],
        containers: [
          {
            name: 'c',
            env: [{ name: 'B', valueFrom: { secretKeyRef: { name: 'env-secret', key: 'k' } } }, { name: 'C', value: 'plain' }],
            envFrom: [{ secretRef: { name: 'from-secret' } }, { configMapRef: { name: 'from-cm' } }],
          },
        ],
        volumes: [
          { name: 'v1', secret: { secretName: 'vol-secret' } },
          { name: 'v2', configMap: { name: 'vol-cm' } },
          { name: 'v3', projected: { sources: [{ secret: { name: 'proj-secret' } }, { configMap: { name: 'proj-cm' } }] } },
          { name: 'v4', emptyDir: {} },
          { name: 'v5', persistentVolumeClaim: { claimName: 'data' } },
        ],
      }),
      pod({ containers: [{ name: 'c' }] }),
    ]);
    expect([...refs.secrets].sort()).toEqual(['env-secret', 'from-secret', 'proj-secret', 'pull', 'vol-secret']);
    expect([...refs.configMaps].sort()).toEqual(['from-cm', 'init-cm', 'proj-cm', 'vol-cm']);
    expect([...refs.serviceAccounts].sort()).toEqual(['default', 'runner']);
    expect([...refs.persistentVolumeClaims]).toEqual(['data']);
  });

  it('names the CA ConfigMap only for pods whose spec has the service-account volume', () => {
    expect([...podReferences([pod({ containers: [{ name: 'c' }] })]).configMaps]).toEqual([]);
    const admitted = pod({ containers: [{ name: 'c' }], volumes: [apiAccessVolume('kube-api-access-x7k2p')] });
    expect([...podReferences([admitted]).configMaps]).toEqual(['kube-root-ca.crt']);
  });

  it('ignores malformed specs instead of failing', () => {
    const refs = podReferences([pod({ containers: 'nope', volumes: [null, { secret: 'x' }] })]);
    expect(refs.secrets.size).toBe(0);
  });
});
