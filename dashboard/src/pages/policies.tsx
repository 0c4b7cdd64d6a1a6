/**
 * Cluster-wide policies, read-only: PriorityClasses (highest value first, the global default
 * marked), with kubectl's columns and each class's description.
 */
import { useMemo } from 'react';
import { Badge, Section } from '../components/ui.tsx';
import { useFiltered, useNow, useObjects, type Filters } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import { byPriority } from '../lib/workloads.ts';

export function PoliciesPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const classes = useObjects('PriorityClass');
  const { items, error } = useFiltered(classes.items, filters);
  const sorted = useMemo(() => [...items].sort(byPriority), [items]);
  return (
    <div className="page">
      <h1>Policies</h1>
      {error && <p className="error">Label selector: {error}</p>}
      <Section title={`PriorityClasses (${sorted.length})`}>
        {sorted.length === 0 ? (
          <p className="muted">{classes.synced ? 'No PriorityClasses match.' : 'Loading…'}</p>
        ) : (
          <table className="table" aria-label="PriorityClasses">
            <thead>
              <tr>
                <th>Name</th>
                <th>Value</th>
                <th>Global default</th>
                <th>Preemption policy</th>
                <th>Description</th>
                <th>Age</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((pc) => (
                <tr key={pc.metadata.uid}>
                  <td>
                    {pc.metadata.name} {pc.globalDefault && <Badge tone="ok">default</Badge>}
                  </td>
                  <td>{pc.value}</td>
                  <td>{pc.globalDefault ? 'true' : 'false'}</td>
                  <td>{pc.preemptionPolicy ?? 'PreemptLowerPriority'}</td>
                  <td className="wrap muted">{pc.description ?? ''}</td>
                  <td>{age(pc.metadata.creationTimestamp, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted small">A pod names its class in spec.priorityClassName; pods without one get the global default's value, or 0.</p>
      </Section>
    </div>
  );
}
