import { describe, expect, it } from 'vitest';
import { ruleAllows, ruleCovered, rulesAllow, subjectMatches, type PolicyRule, type ResourceAttributes } from './rbac-rules.ts';

const req = (verb: string, resource: string, extra: Partial<ResourceAttributes> = {}): ResourceAttributes => {
  const [res, sub = ''] = resource.split('/');
  return { verb, apiGroup: '', resource: res!, subresource: sub, ...extra };
};

describe('ruleAllows', () => {
  const podReader: PolicyRule = { verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods'] };

  it('allows a listed verb on a listed resource of a listed group', () => {
    expect(ruleAllows(podReader, req('list', 'pods', { namespace: 'a' }))).toBe(true);
    expect(ruleAllows(podReader, req('get', 'pods', { name: 'web' }))).toBe(true);
  });

  it('refuses other verbs, resources and groups', () => {
    expect(ruleAllows(podReader, req('delete', 'pods'))).toBe(false);
    expect(ruleAllows(podReader, req('get', 'secrets'))).toBe(false);
    expect(ruleAllows(podReader, req('get', 'pods', { apiGroup: 'apps' }))).toBe(false);
  });

  describe('with sub-resources', () => {
    it('does not extend a resource to its sub-resources', () => {
      expect(ruleAllows(podReader, req('get', 'pods/log'))).toBe(false);
    });

    it('allows a sub-resource named as resource/sub', () => {
      expect(ruleAllows({ verbs: ['get'], apiGroups: [''], resources: ['pods/log'] }, req('get', 'pods/log'))).toBe(true);
      expect(ruleAllows({ verbs: ['get'], apiGroups: [''], resources: ['pods/log'] }, req('get', 'pods'))).toBe(false);
    });

    it('allows */sub on every resource of the group', () => {
      const scaler: PolicyRule = { verbs: ['update'], apiGroups: ['apps'], resources: ['*/scale'] };
      expect(ruleAllows(scaler, req('update', 'deployments/scale', { apiGroup: 'apps' }))).toBe(true);
      expect(ruleAllows(scaler, req('update', 'deployments', { apiGroup: 'apps' }))).toBe(false);
      expect(ruleAllows(scaler, req('update', 'deployments/status', { apiGroup: 'apps' }))).toBe(false);
    });
  });

  it('treats * as every verb, group and resource, sub-resources included', () => {
    const all: PolicyRule = { verbs: ['*'], apiGroups: ['*'], resources: ['*'] };
    expect(ruleAllows(all, req('deletecollection', 'pods/exec', { apiGroup: 'whatever.io' }))).toBe(true);
  });

  describe('with resourceNames', () => {
    const one: PolicyRule = { verbs: ['get', 'list', 'update'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['settings'] };

    it('allows only the named objects', () => {
      expect(ruleAllows(one, req('get', 'configmaps', { name: 'settings' }))).toBe(true);
      expect(ruleAllows(one, req('get', 'configmaps', { name: 'other' }))).toBe(false);
    });

    it('never allows a request without a name (lists, watches, unnamed creates)', () => {
      expect(ruleAllows(one, req('list', 'configmaps'))).toBe(false);
    });
  });

  describe('with nonResourceURLs', () => {
    const metrics: PolicyRule = { verbs: ['get'], nonResourceURLs: ['/metrics', '/healthz/*'] };

    it('matches exact paths and * prefixes', () => {
      expect(ruleAllows(metrics, { verb: 'get', path: '/metrics' })).toBe(true);
      expect(ruleAllows(metrics, { verb: 'get', path: '/healthz/ping' })).toBe(true);
      expect(ruleAllows(metrics, { verb: 'get', path: '/metricsx' })).toBe(false);
      expect(ruleAllows(metrics, { verb: 'post', path: '/metrics' })).toBe(false);
    });

    it('never matches resource requests, and resource rules never match URLs', () => {
      expect(ruleAllows(metrics, req('get', 'pods'))).toBe(false);
      expect(ruleAllows({ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, { verb: 'get', path: '/metrics' })).toBe(false);
    });
  });

  it('rulesAllow: any rule suffices; none allows nothing', () => {
    expect(rulesAllow([], req('get', 'pods'))).toBe(false);
    expect(rulesAllow([{ verbs: ['get'], apiGroups: [''], resources: ['secrets'] }, { verbs: ['get'], apiGroups: [''], resources: ['pods'] }], req('get', 'pods'))).toBe(true);
  });
});

describe('subjectMatches', () => {
  it('matches a User by name and a Group by membership', () => {
    expect(subjectMatches({ kind: 'User', name: 'jane' }, 'jane', [], '')).toBe(true);
    expect(subjectMatches({ kind: 'User', name: 'jane' }, 'joe', ['jane'], '')).toBe(false);
    expect(subjectMatches({ kind: 'Group', name: 'devs' }, 'joe', ['devs'], '')).toBe(true);
    expect(subjectMatches({ kind: 'Group', name: 'devs' }, 'devs', [], '')).toBe(false);
  });

  it('matches a ServiceAccount by its user name, its namespace defaulting to the binding\'s', () => {
    const user = 'system:serviceaccount:team-a:builder';
    expect(subjectMatches({ kind: 'ServiceAccount', name: 'builder', namespace: 'team-a' }, user, [], '')).toBe(true);
    expect(subjectMatches({ kind: 'ServiceAccount', name: 'builder' }, user, [], 'team-a')).toBe(true);
    expect(subjectMatches({ kind: 'ServiceAccount', name: 'builder' }, user, [], 'team-b')).toBe(false);
    expect(subjectMatches({ kind: 'ServiceAccount', name: 'builder' }, user, [], '')).toBe(false);
  });

  it('matches no unknown subject kind', () => {
    expect(subjectMatches({ kind: 'Robot', name: 'jane' }, 'jane', [], '')).toBe(false);
  });
});

describe('ruleCovered', () => {
  const edit: PolicyRule[] = [{ verbs: ['get', 'list', 'create', 'delete'], apiGroups: [''], resources: ['pods', 'configmaps'] }];

  it('covers a rule whose every verb, group and resource is allowed', () => {
    expect(ruleCovered(edit, { verbs: ['get', 'delete'], apiGroups: [''], resources: ['pods'] })).toBe(true);
  });

  it('does not cover a wider verb, resource or wildcard', () => {
    expect(ruleCovered(edit, { verbs: ['update'], apiGroups: [''], resources: ['pods'] })).toBe(false);
    expect(ruleCovered(edit, { verbs: ['get'], apiGroups: [''], resources: ['secrets'] })).toBe(false);
    expect(ruleCovered(edit, { verbs: ['*'], apiGroups: [''], resources: ['pods'] })).toBe(false);
  });

  it('covers named objects with an unnamed rule, not the other way round', () => {
    expect(ruleCovered(edit, { verbs: ['get'], apiGroups: [''], resources: ['pods'], resourceNames: ['web'] })).toBe(true);
    expect(ruleCovered([{ ...edit[0]!, resourceNames: ['web'] }], { verbs: ['get'], apiGroups: [''], resources: ['pods'] })).toBe(false);
  });

  it('covers non-resource URLs by URL rules only', () => {
    expect(ruleCovered([{ verbs: ['get'], nonResourceURLs: ['/metrics'] }], { verbs: ['get'], nonResourceURLs: ['/metrics'] })).toBe(true);
    expect(ruleCovered(edit, { verbs: ['get'], nonResourceURLs: ['/metrics'] })).toBe(false);
  });
});
