import { describe, expect, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import { countResourceName, kindOfResource, missingPodResources, objectUsage, quotaMatches, quotaRefusal, quotaUsage, usageGrowth, usageToResourceList } from './resource-quota-usage.ts';

const quota = (hard: Record<string, string>, extra: Record<string, unknown> = {}): KObject => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'ns' }, spec: { hard, ...extra } });
const pod = (name: string, resources?: Record<string, unknown>, extra: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'ns' },
  spec: { containers: [{ name: 'c', image: 'x', ...(resources ? { resources } : {}) }], ...extra },
});

describe('quota resource names', () => {
  it('names object counts as count/<plural>[.<group>] and maps them back to kinds', () => {
    expect(countResourceName('Pod')).toBe('count/pods');
    expect(countResourceName('Deployment')).toBe('count/deployments.apps');
    expect(countResourceName('Job')).toBe('count/jobs.batch');
    expect(kindOfResource('count/deployments.apps')).toBe('Deployment');
    expect(kindOfResource('count/deployments')).toBeUndefined();
    expect(kindOfResource('requests.cpu')).toBe('Pod');
    expect(kindOfResource('services.nodeports')).toBe('Service');
    expect(kindOfResource('requests.storage')).toBe('PersistentVolumeClaim');
    expect(kindOfResource('configmaps')).toBe('ConfigMap');
  });
});

describe('objectUsage', () => {
  it('sums container requests (limits standing in for missing requests) and takes the largest init container', () => {
    const p = pod('a', { requests: { cpu: '250m' }, limits: { cpu: '500m', memory: '128Mi' } });
    p.spec.containers.push({ name: 'd', image: 'x', resources: { requests: { cpu: '250m', memory: '64Mi' } } });
    p.spec.initContainers = [{ name: 'i', image: 'x', resources: { requests: { cpu: '2' } } }];
    const u = usageToResourceList(objectUsage(p));
    expect(u).toMatchObject({ pods: '1', 'count/pods': '1', 'requests.cpu': '2', cpu: '2', 'requests.memory': '192Mi', 'limits.cpu': '500m', 'limits.memory': '128Mi' });
  });

  it('charges a finished pod only its object count', () => {
    const u = usageToResourceList(objectUsage({ ...pod('done', { requests: { cpu: '1' } }), status: { phase: 'Succeeded' } }));
    expect(u).toEqual({ 'count/pods': '1' });
  });

  it('counts NodePorts per port and claim storage', () => {
    const svc: KObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { type: 'NodePort', ports: [{ port: 1 }, { port: 2 }] } };
    expect(usageToResourceList(objectUsage(svc))).toMatchObject({ services: '1', 'count/services': '1', 'services.nodeports': '2' });
    const pvc: KObject = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { storageClassName: 'fast', resources: { requests: { storage: '1Gi' } } } };
    expect(usageToResourceList(objectUsage(pvc))).toMatchObject({ persistentvolumeclaims: '1', 'requests.storage': '1Gi', 'fast.storageclass.storage.k8s.io/requests.storage': '1Gi' });
  });
});

describe('quota scopes', () => {
  it('matches every object without scopes, and only pods of every scope with them', () => {
    const besteffort = pod('b');
    const burstable = pod('c', { requests: { cpu: '1' } });
    const terminating = pod('t', undefined, { activeDeadlineSeconds: 10 });
    expect(quotaMatches(quota({ pods: '1' }), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })).toBe(true);
    expect(quotaMatches(quota({ pods: '1' }, { scopes: ['BestEffort'] }), besteffort)).toBe(true);
    expect(quotaMatches(quota({ pods: '1' }, { scopes: ['BestEffort'] }), burstable)).toBe(false);
    expect(quotaMatches(quota({ pods: '1' }, { scopes: ['NotBestEffort'] }), burstable)).toBe(true);
    expect(quotaMatches(quota({ pods: '1' }, { scopes: ['Terminating'] }), terminating)).toBe(true);
    expect(quotaMatches(quota({ pods: '1' }, { scopes: ['NotTerminating'] }), terminating)).toBe(false);
    const high = quota({ pods: '1' }, { scopeSelector: { matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: ['high'] }] } });
    expect(quotaMatches(high, pod('h', undefined, { priorityClassName: 'high' }))).toBe(true);
    expect(quotaMatches(high, pod('l', undefined, { priorityClassName: 'low' }))).toBe(false);
  });
});

describe('quotaRefusal', () => {
  it('refuses the pod past the count in kube-apiserver words, and admits the last one that fits', () => {
    const q = quota({ pods: '2' });
    const one = [pod('a')];
    expect(quotaRefusal([{ quota: q, used: quotaUsage(q, one) }], pod('b'))).toBeNull();
    const two = [pod('a'), pod('b')];
    expect(quotaRefusal([{ quota: q, used: quotaUsage(q, two) }], pod('c'))).toBe('exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2');
  });

  it('sums compute and names only the exceeded resources', () => {
    const q = quota({ 'requests.cpu': '1', 'requests.memory': '1Gi' });
    const used = quotaUsage(q, [pod('a', { requests: { cpu: '600m', memory: '100Mi' } })]);
    expect(usageToResourceList(used)).toEqual({ 'requests.cpu': '600m', 'requests.memory': '100Mi' });
    expect(quotaRefusal([{ quota: q, used }], pod('b', { requests: { cpu: '500m', memory: '100Mi' } }))).toBe(
      'exceeded quota: q, requested: requests.cpu=500m, used: requests.cpu=600m, limited: requests.cpu=1',
    );
  });

  it('makes containers declare what a compute quota counts', () => {
    const q = quota({ 'limits.cpu': '2', 'requests.memory': '1Gi' });
    expect(missingPodResources(q, pod('a'))).toBe('must specify limits.cpu for: c; requests.memory for: c');
    expect(quotaRefusal([{ quota: q, used: quotaUsage(q, []) }], pod('a'))).toBe('failed quota: q: must specify limits.cpu for: c; requests.memory for: c');
    expect(missingPodResources(q, pod('b', { limits: { cpu: '1', memory: '1Mi' } }))).toBeNull();
  });

  it('charges an update only for what grows', () => {
    const claim = (storage: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { resources: { requests: { storage } } } });
    expect(usageToResourceList(usageGrowth(claim('1Gi'), claim('3Gi')))).toEqual({ 'requests.storage': '2Gi' });
    expect(usageGrowth(claim('3Gi'), claim('1Gi')).size).toBe(0);
    const q = quota({ 'requests.storage': '2Gi' });
    expect(quotaRefusal([{ quota: q, used: quotaUsage(q, [claim('1Gi')]) }], claim('3Gi'), new Date(), claim('1Gi'))).toBe(
      'exceeded quota: q, requested: requests.storage=2Gi, used: requests.storage=1Gi, limited: requests.storage=2Gi',
    );
    expect(quotaRefusal([{ quota: q, used: quotaUsage(q, [claim('1Gi')]) }], claim('2Gi'), new Date(), claim('1Gi'))).toBeNull();
  });

  it('ignores objects a scoped quota does not cover', () => {
    const q = quota({ pods: '0' }, { scopes: ['BestEffort'] });
    expect(quotaRefusal([{ quota: q, used: quotaUsage(q, []) }], pod('x', { requests: { cpu: '1' } }))).toBeNull();
    expect(quotaRefusal([{ quota: q, used: quotaUsage(q, []) }], pod('y'))).toMatch(/^exceeded quota: q, requested: pods=1, used: pods=0, limited: pods=0$/);
  });
});
