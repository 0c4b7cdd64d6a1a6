import { describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../kinds/types.ts';
import { AdmissionReads } from './admission-reads.ts';

/** A source that counts its reads and answers from `objects`. */
function countingSource(objects: Record<string, KObject | null> = {}) {
  const reads: string[] = [];
  let failNext = false;
  return {
    reads,
    failOnce: () => (failNext = true),
    async get(kind: KindName, namespace: string | undefined, name: string) {
      reads.push(`get ${kind}/${namespace ?? ''}/${name}`);
      if (failNext) {
        failNext = false;
        throw new Error('database down');
      }
      return objects[`${kind}/${namespace ?? ''}/${name}`] ?? null;
    },
    async listCurrent(kind: KindName) {
      reads.push(`list ${kind}`);
      return [];
    },
  };
}

const sa = (automount: boolean): KObject => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'a' }, automountServiceAccountToken: automount });

describe('AdmissionReads', () => {
  it('reads a ServiceAccount once for many creates within its time', async () => {
    let now = 0;
    const source = countingSource({ 'ServiceAccount/a/default': sa(false) });
    const reads = new AdmissionReads(source, 1_000, () => now);
    for (let i = 0; i < 50; i++) expect((await reads.get('ServiceAccount', 'a', 'default'))?.automountServiceAccountToken).toBe(false);
    now = 999;
    await reads.listCurrent('PriorityClass');
    await reads.listCurrent('PriorityClass');
    expect(source.reads).toEqual(['get ServiceAccount/a/default', 'list PriorityClass']);
  });

  it('reads again once the time is up', async () => {
    let now = 0;
    const source = countingSource();
    const reads = new AdmissionReads(source, 1_000, () => now);
    await reads.get('ServiceAccount', 'a', 'default');
    now = 1_000;
    await reads.get('ServiceAccount', 'a', 'default');
    expect(source.reads).toHaveLength(2);
  });

  it('reads again at once after a write of the kind committed here, and only that kind', async () => {
    const source = countingSource();
    const reads = new AdmissionReads(source, 60_000);
    await reads.get('ServiceAccount', 'a', 'default');
    await reads.listCurrent('StorageClass');
    reads.forget('ServiceAccount');
    await reads.get('ServiceAccount', 'a', 'default');
    await reads.listCurrent('StorageClass');
    expect(source.reads).toEqual(['get ServiceAccount/a/default', 'list StorageClass', 'get ServiceAccount/a/default']);
    reads.forget();
    await reads.listCurrent('StorageClass');
    expect(source.reads.at(-1)).toBe('list StorageClass');
  });

  it('does not keep a failed read', async () => {
    const source = countingSource({ 'ServiceAccount/a/default': sa(true) });
    const reads = new AdmissionReads(source, 60_000);
    source.failOnce();
    await expect(reads.get('ServiceAccount', 'a', 'default')).rejects.toThrow('database down');
    expect((await reads.get('ServiceAccount', 'a', 'default'))?.automountServiceAccountToken).toBe(true);
  });

  it('passes reads of other kinds straight through', async () => {
    const source = countingSource();
    const reads = new AdmissionReads(source, 60_000);
    await reads.get('Secret', 'a', 's');
    await reads.get('Secret', 'a', 's');
    expect(source.reads).toHaveLength(2);
  });
});
