/**
 * RBAC, read-only: Roles and ClusterRoles with their rules (as `kubectl describe role` lists
 * them), RoleBindings and ClusterRoleBindings with their role and subjects. `?show=` picks roles
 * or bindings; Roles and RoleBindings follow the namespace filter.
 */
import { useState } from 'react';
import { Section, Link } from '../components/ui.tsx';
import { useFiltered, useNow, useObjects, type Filters } from '../lib/context.tsx';
import { age } from '../lib/format.ts';
import type { K8sObject } from '../lib/kinds.ts';
import { href, useLocation } from '../lib/router.ts';
import { ruleRow, subjectText } from '../lib/workloads.ts';

function Rules({ role }: { role: K8sObject }) {
  const rules: any[] = role.rules ?? [];
  if (rules.length === 0) return <span className="muted">{role.aggregationRule ? 'aggregated (rules filled in from matching ClusterRoles)' : 'no rules'}</span>;
  return (
    <table className="table table-compact" aria-label={`Rules of ${role.metadata.name}`}>
      <thead>
        <tr>
          <th>Resources</th>
          <th>Non-resource URLs</th>
          <th>Resource names</th>
          <th>Verbs</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r, i) => {
          const row = ruleRow(r);
          return (
            <tr key={i}>
              <td className="wrap">{row.resources}</td>
              <td>{row.nonResourceURLs}</td>
              <td>{row.resourceNames}</td>
              <td className="wrap">{row.verbs}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Roles are many (every built-in ClusterRole); each folds to one line until opened. */
function RoleList({ title, items, synced, now, open, toggle }: { title: string; items: K8sObject[]; synced: boolean; now: number; open: Set<string>; toggle(uid: string): void }) {
  return (
    <Section title={`${title} (${items.length})`}>
      {items.length === 0 ? (
        <p className="muted">{synced ? `No ${title} match.` : 'Loading…'}</p>
      ) : (
        <div className="tree" aria-label={title}>
          {items.slice(0, 1000).map((r) => {
            const expanded = open.has(r.metadata.uid) || items.length <= 3;
            return (
              <div className="tree-item" key={r.metadata.uid}>
                <div className="tree-row">
                  <button className="twisty" aria-label={expanded ? `Collapse ${r.metadata.name}` : `Expand ${r.metadata.name}`} onClick={() => toggle(r.metadata.uid)}>
                    {expanded ? '▾' : '▸'}
                  </button>
                  <span className="tree-name">
                    {r.metadata.namespace && <span className="muted">{r.metadata.namespace}/</span>}
                    {r.metadata.name}
                  </span>
                  <span className="muted small">
                    {(r.rules ?? []).length} rule{(r.rules ?? []).length === 1 ? '' : 's'}
                  </span>
                  <span className="muted small">{age(r.metadata.creationTimestamp, now)}</span>
                </div>
                {expanded && (
                  <div className="tree-children">
                    <Rules role={r} />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      )}
    </Section>
  );
}

function BindingList({ title, items, synced, now }: { title: string; items: K8sObject[]; synced: boolean; now: number }) {
  return (
    <Section title={`${title} (${items.length})`}>
      {items.length === 0 ? (
        <p className="muted">{synced ? `No ${title} match.` : 'Loading…'}</p>
      ) : (
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Subjects</th>
              <th>Age</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, 1000).map((b) => (
              <tr key={b.metadata.uid}>
                <td>
                  {b.metadata.namespace && <span className="muted">{b.metadata.namespace}/</span>}
                  {b.metadata.name}
                </td>
                <td>
                  <Link to={href('/access', { show: 'roles', q: b.roleRef?.name })}>
                    {b.roleRef?.kind} {b.roleRef?.name}
                  </Link>
                </td>
                <td className="wrap">
                  <span className="chips">
                    {(b.subjects ?? []).map((s: any, i: number) => (
                      <span className="chip" key={i}>
                        {subjectText(s)}
                      </span>
                    ))}
                    {(b.subjects ?? []).length === 0 && <span className="muted">none</span>}
                  </span>
                </td>
                <td>{age(b.metadata.creationTimestamp, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function AccessPage({ filters }: { filters: Filters }) {
  const now = useNow();
  const show = useLocation().params.get('show') === 'bindings' ? 'bindings' : 'roles';
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const toggle = (uid: string) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(uid)) n.delete(uid);
      else n.add(uid);
      return n;
    });
  return (
    <div className="page">
      <h1>Access</h1>
      <nav className="tabs" aria-label="RBAC">
        <Link to={href('/access', { show: 'roles', q: filters.search })} className={`tab${show === 'roles' ? ' tab-on' : ''}`}>
          Roles
        </Link>
        <Link to={href('/access', { show: 'bindings', q: filters.search })} className={`tab${show === 'bindings' ? ' tab-on' : ''}`}>
          Bindings
        </Link>
      </nav>
      <p className="muted small">
        Read-only. A binding grants its role's rules to its subjects: a RoleBinding within its namespace, a ClusterRoleBinding in every namespace.
      </p>
      {show === 'roles' ? <Roles filters={filters} now={now} open={open} toggle={toggle} /> : <Bindings filters={filters} now={now} />}
    </div>
  );
}

function Roles({ filters, now, open, toggle }: { filters: Filters; now: number; open: Set<string>; toggle(uid: string): void }) {
  const roles = useObjects('Role');
  const clusterRoles = useObjects('ClusterRole');
  const r = useFiltered(roles.items, filters, { namespaced: true });
  const cr = useFiltered(clusterRoles.items, filters);
  return (
    <>
      {r.error && <p className="error">Label selector: {r.error}</p>}
      <RoleList title="Roles" items={r.items} synced={roles.synced} now={now} open={open} toggle={toggle} />
      <RoleList title="ClusterRoles" items={cr.items} synced={clusterRoles.synced} now={now} open={open} toggle={toggle} />
    </>
  );
}

function Bindings({ filters, now }: { filters: Filters; now: number }) {
  const bindings = useObjects('RoleBinding');
  const clusterBindings = useObjects('ClusterRoleBinding');
  const b = useFiltered(bindings.items, filters, { namespaced: true });
  const cb = useFiltered(clusterBindings.items, filters);
  return (
    <>
      {b.error && <p className="error">Label selector: {b.error}</p>}
      <BindingList title="RoleBindings" items={b.items} synced={bindings.synced} now={now} />
      <BindingList title="ClusterRoleBindings" items={cb.items} synced={clusterBindings.synced} now={now} />
    </>
  );
}
