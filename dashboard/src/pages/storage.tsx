/**
 * PersistentVolumeClaims, PersistentVolumes and StorageClasses, live, with kubectl's columns;
 * the default StorageClass is marked. Claims follow the namespace filter; volumes and classes
 * are cluster-scoped and follow the label and name filters only.
 */
import { Badge, Section } from '../components/ui.tsx';
import { useFiltered, useNow, useObjects, type Filters } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import { accessModes, claimCapacity, isDefaultStorageClass, nodeAffinityText, volumeClaim } from '../lib/workloads.ts';

const PHASE_TONE: Record<string, string> = { Bound: 'ok', Available: 'done', Pending: 'warn', Released: 'muted', Failed: 'bad', Lost: 'bad' };

function Phase({ phase }: { phase: string | null | undefined }) {
  const p = phase ?? 'Pending';
  return <Badge tone={PHASE_TONE[p] ?? 'muted'}>{p}</Badge>;
}

function Empty({ synced, what }: { synced: boolean; what: string }) {
  return <p className="muted">{synced ? `No ${what} match.` : 'Loading…'}</p>;
}

export function StoragePage({ filters }: { filters: Filters }) {
  const now = useNow();
  const claims = useObjects('PersistentVolumeClaim');
  const volumes = useObjects('PersistentVolume');
  const classes = useObjects('StorageClass');
  const pvc = useFiltered(claims.items, filters, { namespaced: true });
  const pv = useFiltered(volumes.items, filters);
  const sc = useFiltered(classes.items, filters);
  return (
    <div className="page">
      <h1>Storage</h1>
      {pvc.error && <p className="error">Label selector: {pvc.error}</p>}
      <Section title={`PersistentVolumeClaims (${pvc.items.length})`}>
        {pvc.items.length === 0 ? (
          <Empty synced={claims.synced} what="claims" />
        ) : (
          <table className="table" aria-label="PersistentVolumeClaims">
            <thead>
              <tr>
                <th>Name</th>
                <th>Status</th>
                <th>Volume</th>
                <th>Capacity</th>
                <th>Access modes</th>
                <th>Storage class</th>
                <th>Age</th>
              </tr>
            </thead>
            <tbody>
              {pvc.items.map((c) => (
                <tr key={c.metadata.uid}>
                  <td>
                    <span className="muted">{c.metadata.namespace}/</span>
                    {c.metadata.name}
                  </td>
                  <td>
                    <Phase phase={c.metadata.deletionTimestamp ? 'Terminating' : c.status?.phase} />
                  </td>
                  <td>{c.spec?.volumeName ?? ''}</td>
                  <td>{claimCapacity(c) || <span className="muted">{c.spec?.resources?.requests?.storage ? `wants ${c.spec.resources.requests.storage}` : ''}</span>}</td>
                  <td>{accessModes(c.status?.accessModes?.length ? c.status.accessModes : c.spec?.accessModes)}</td>
                  <td>{c.spec?.storageClassName ?? <span className="muted">&lt;unset&gt;</span>}</td>
                  <td>{age(c.metadata.creationTimestamp, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={`PersistentVolumes (${pv.items.length})`}>
        {pv.items.length === 0 ? (
          <Empty synced={volumes.synced} what="volumes" />
        ) : (
          <table className="table" aria-label="PersistentVolumes">
            <thead>
              <tr>
                <th>Name</th>
                <th>Capacity</th>
                <th>Access modes</th>
                <th>Reclaim policy</th>
                <th>Status</th>
                <th>Claim</th>
                <th>Storage class</th>
                <th>Node affinity</th>
                <th>Age</th>
              </tr>
            </thead>
            <tbody>
              {pv.items.map((v) => {
                const claim = volumeClaim(v);
                return (
                  <tr key={v.metadata.uid}>
                    <td>{v.metadata.name}</td>
                    <td>{v.spec?.capacity?.storage ?? ''}</td>
                    <td>{accessModes(v.spec?.accessModes)}</td>
                    <td>{v.spec?.persistentVolumeReclaimPolicy ?? 'Retain'}</td>
                    <td>
                      <Phase phase={v.status?.phase} />
                    </td>
                    <td>{claim}</td>
                    <td>{v.spec?.storageClassName || <span className="muted">none</span>}</td>
                    <td className="wrap">{nodeAffinityText(v) || <span className="muted">any node</span>}</td>
                    <td>{age(v.metadata.creationTimestamp, now)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={`StorageClasses (${sc.items.length})`}>
        {sc.items.length === 0 ? (
          <Empty synced={classes.synced} what="StorageClasses" />
        ) : (
          <table className="table" aria-label="StorageClasses">
            <thead>
              <tr>
                <th>Name</th>
                <th>Provisioner</th>
                <th>Reclaim policy</th>
                <th>Binding mode</th>
                <th>Expansion</th>
                <th>Age</th>
              </tr>
            </thead>
            <tbody>
              {sc.items.map((s) => (
                <tr key={s.metadata.uid}>
                  <td>
                    {s.metadata.name} {isDefaultStorageClass(s) && <Badge tone="ok">default</Badge>}
                  </td>
                  <td>{s.provisioner}</td>
                  <td>{s.reclaimPolicy ?? 'Delete'}</td>
                  <td>{s.volumeBindingMode ?? 'Immediate'}</td>
                  <td>{s.allowVolumeExpansion ? 'allowed' : 'no'}</td>
                  <td>{age(s.metadata.creationTimestamp, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </div>
  );
}
