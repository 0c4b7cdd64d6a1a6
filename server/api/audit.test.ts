import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverOptionsFromArgs } from '../config.ts';
import { AuditLog, redactSecretData } from './audit.ts';

const who = { user: 'alice', groups: ['devs'], type: 'user' as const };

describe('redactSecretData', () => {
  it('blanks data and stringData anywhere, JSON patch values, merge patches and manifests holding a Secret', () => {
    expect(redactSecretData({ metadata: { name: 's' }, data: { a: 'x' }, stringData: { b: 'y' } })).toEqual({ metadata: { name: 's' }, data: '<redacted>', stringData: '<redacted>' });
    expect(redactSecretData([{ op: 'replace', path: '/data/a', value: 'x' }])).toEqual([{ op: 'replace', path: '/data/a', value: '<redacted>' }]);
    expect(redactSecretData({ patch: { data: { a: 'x' } }, name: 's' })).toEqual({ patch: '<redacted>', name: 's' });
    expect(redactSecretData({ manifests: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: eA==}\n' })).toEqual({ manifests: '<redacted>' });
    expect(redactSecretData({ manifests: 'apiVersion: v1\nkind: ConfigMap\n' })).toEqual({ manifests: 'apiVersion: v1\nkind: ConfigMap\n' });
  });
});

describe('AuditLog', () => {
  const file = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'capstan-audit-unit-')), 'audit.log');

  it('at level Metadata records who and what without the request', async () => {
    const f = file();
    const log = new AuditLog({ path: f, level: 'Metadata' });
    log.recordRest({ identity: who, requestId: 'r1', verb: 'create', resource: 'configmaps', namespace: 'default', status: 201, reason: 'OK', started: performance.now(), body: { data: { a: 'b' } } });
    await log.close();
    const line = JSON.parse(readFileSync(f, 'utf8'));
    expect(line).toMatchObject({ requestId: 'r1', api: 'rest', user: 'alice', groups: ['devs'], verb: 'create', resource: 'configmaps', namespace: 'default', status: 201, code: 'OK' });
    expect(line.requestObject).toBeUndefined();
  });

  it('at level Request records the request, redacted when it is about Secrets', async () => {
    const f = file();
    const log = new AuditLog({ path: f, level: 'Request' });
    log.recordRest({ identity: who, requestId: 'r1', verb: 'create', resource: 'configmaps', status: 201, reason: 'OK', started: 0, body: { data: { a: 'b' } } });
    log.recordRest({ identity: who, requestId: 'r2', verb: 'create', resource: 'secrets', status: 201, reason: 'OK', started: 0, body: { data: { a: 'b' } } });
    await log.close();
    const [plain, secret] = readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(plain.requestObject).toEqual({ data: { a: 'b' } });
    expect(secret.requestObject).toEqual({ data: '<redacted>' });
  });
});

describe('capstan server audit flags', () => {
  it('are off by default, take a path or - and a level, and refuse an unknown level', () => {
    const env = { DATABASE_URL: 'postgresql://x/y' };
    expect((serverOptionsFromArgs([], env) as { audit?: unknown }).audit).toBeUndefined();
    expect(serverOptionsFromArgs(['--audit-log', '-'], env)).toMatchObject({ audit: { path: '-', level: 'Metadata' } });
    expect(serverOptionsFromArgs(['--audit-log', '/var/log/a.log', '--audit-level', 'Request'], env)).toMatchObject({ audit: { path: '/var/log/a.log', level: 'Request' } });
    expect(serverOptionsFromArgs([], { ...env, CAPSTAN_AUDIT_LOG: '-', CAPSTAN_AUDIT_LEVEL: 'Request' })).toMatchObject({ audit: { path: '-', level: 'Request' } });
    expect(() => serverOptionsFromArgs(['--audit-log', '-', '--audit-level', 'Everything'], env)).toThrow(/--audit-level: "Everything" is not one of Metadata, Request/);
  });
});
