/**
 * The signed-in dashboard: one Api (HTTP + one graphql-ws connection), one store, one watch
 * manager for the whole session; the header's namespace, label and search filters live in the
 * URL like everything else.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Api, INITIAL_CONNECTION, isDisconnected, type ConnectionInfo, type ConnectionState } from './lib/graphql.ts';
import { Cluster, useNow, useObjects, type ClusterContext, type Filters } from './lib/context.tsx';
import { href, setParams, useLocation, type Location } from './lib/router.ts';
import { ObjectStore } from './lib/store.ts';
import { WatchManager } from './lib/watch.ts';
import { Link } from './components/ui.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { WorkloadsPage, DeploymentPage } from './pages/workloads.tsx';
import { PodsPage } from './pages/pods.tsx';
import { PodPage } from './pages/pod.tsx';
import { TerminalPage } from './pages/terminal.tsx';
import { NodesPage, NodePage } from './pages/nodes.tsx';
import { ServicesPage } from './pages/services.tsx';
import { ConfigPage, ConfigObjectPage } from './pages/config.tsx';
import { ApplyPage } from './pages/apply.tsx';
import { HistoryPage } from './pages/history.tsx';
import { WorkloadPage } from './pages/controllers.tsx';
import { StoragePage } from './pages/storage.tsx';
import { AccessPage } from './pages/access.tsx';
import { PoliciesPage } from './pages/policies.tsx';
import { workloadKindOf } from './lib/workloads.ts';
import { EventsPage } from './pages/events.tsx';
import { YamlPage } from './pages/yaml.tsx';
import { isKind } from './lib/kinds.ts';
import { useTheme } from './lib/theme.ts';

const NAV: [string, string][] = [
  ['/', 'Overview'],
  ['/workloads', 'Workloads'],
  ['/pods', 'Pods'],
  ['/nodes', 'Nodes'],
  ['/events', 'Events'],
  ['/services', 'Services'],
  ['/config', 'Config & Secrets'],
  ['/storage', 'Storage'],
  ['/access', 'Access'],
  ['/policies', 'Policies'],
  ['/apply', 'Apply'],
  ['/history', 'History'],
];

export function filtersOf(loc: Location): Filters {
  return { namespace: loc.params.get('ns') ?? '', label: loc.params.get('label') ?? '', search: loc.params.get('q') ?? '' };
}

function route(loc: Location, filters: Filters): ReactNode {
  const [page, a, b, c] = loc.segments;
  switch (page) {
    case undefined:
      return <OverviewPage filters={filters} />;
    case 'workloads': {
      const kind = a && b && c ? workloadKindOf(a) : undefined;
      if (kind && kind !== 'Deployment') return <WorkloadPage key={`${kind}/${b}/${c}`} kind={kind} namespace={b!} name={c!} />;
      return a && b ? <DeploymentPage namespace={a} name={b} /> : <WorkloadsPage filters={filters} />;
    }
    case 'pods':
      if (a && b && c === 'terminal') return <TerminalPage namespace={a} name={b} />;
      return a && b ? <PodPage namespace={a} name={b} /> : <PodsPage filters={filters} />;
    case 'nodes':
      return a ? <NodePage name={a} /> : <NodesPage filters={filters} />;
    case 'services':
      return <ServicesPage filters={filters} />;
    case 'config':
      return a && b && c ? <ConfigObjectPage kind={a === 'secrets' ? 'Secret' : 'ConfigMap'} namespace={b} name={c} /> : <ConfigPage filters={filters} />;
    case 'storage':
      return <StoragePage filters={filters} />;
    case 'access':
      return <AccessPage filters={filters} />;
    case 'policies':
      return <PoliciesPage filters={filters} />;
    case 'apply':
      return <ApplyPage />;
    case 'history':
      return <HistoryPage />;
    case 'events':
      return <EventsPage filters={filters} />;
    case 'yaml': {
      // /yaml/<Kind>/<namespace>/<name>, or /yaml/<Kind>/<name> for a cluster-scoped kind.
      if (!a || !isKind(a) || !b) break;
      const [namespace, name] = c ? [b, c] : [null, b];
      return <YamlPage key={`${a}/${namespace}/${name}`} kind={a} namespace={namespace} name={name} />;
    }
  }
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>
        There is no page at <code>{loc.path}</code>. <Link to="/">Back to the overview</Link>.
      </p>
    </div>
  );
}

/** The tab's title for a page: its object's name first when it has one (`web · StatefulSet · Capstan`). */
export function pageTitle(loc: Location): string {
  const [page, a, b, c] = loc.segments;
  const section = NAV.find(([path]) => path === `/${page ?? ''}`)?.[1] ?? (page === 'yaml' ? 'YAML' : page ? 'Not found' : 'Overview');
  let title = section;
  if (page === 'workloads' && a && b) {
    const kind = c ? workloadKindOf(a) : 'Deployment';
    title = `${c ?? b} · ${kind ?? 'Workloads'}`;
  } else if (page === 'pods' && a && b) title = `${b} · ${c === 'terminal' ? 'Terminal' : 'Pod'}`;
  else if (page === 'nodes' && a) title = `${a} · Node`;
  else if (page === 'yaml' && a && b) title = `${c ?? b} · ${a} YAML`;
  else if (page === 'config' && a && b && c) title = `${c} · ${a === 'secrets' ? 'Secret' : 'ConfigMap'}`;
  else if (page === 'workloads' && loc.params.get('kind')) title = `${workloadKindOf(loc.params.get('kind')!) ?? 'Workloads'}s · Workloads`;
  return `${title} · Capstan`;
}

/** Typing into a filter updates the URL after a short pause, not per key stroke. */
function FilterInput({ param, value, placeholder, label }: { param: string; value: string; placeholder: string; label: string }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const t = setTimeout(() => setParams({ [param]: draft }), 250);
    return () => clearTimeout(t);
  }, [draft, value, param]);
  return <input className="filter" type="search" value={draft} placeholder={placeholder} aria-label={label} onChange={(e) => setDraft(e.target.value)} />;
}

function ConnectionBadge({ state }: { state: ConnectionState }) {
  return (
    <span className={`conn conn-${state}`} title="The dashboard's one graphql-ws connection">
      <span className="dot" /> {state === 'connected' ? 'live' : state}
    </span>
  );
}

/** Shown while the one WebSocket is down: since when, and when the next attempt comes. */
function DisconnectedBanner({ connection }: { connection: ConnectionInfo }) {
  const now = useNow(1_000);
  if (!isDisconnected(connection)) return null;
  const wait = connection.retryAt ? Math.max(0, Math.ceil((connection.retryAt - now) / 1000)) : null;
  const attempt = connection.attempt > 0 ? `attempt ${connection.attempt}` : 'trying';
  return (
    <div className="banner banner-bad" role="alert" data-testid="disconnected">
      <strong>{connection.since ? 'Disconnected from the API server' : 'Cannot reach the API server'}</strong>
      {connection.since && <> since {new Date(connection.since).toLocaleTimeString()}</>}. Reconnecting: {attempt}
      {wait !== null && wait > 0 ? `, next in ${wait} s` : ', connecting…'}. What is shown is as of then and may be out of date.
    </div>
  );
}

function Header({ filters, connection, signOut, onMenu, menuOpen }: { filters: Filters; connection: ConnectionInfo; signOut(): void; onMenu(): void; menuOpen: boolean }) {
  const { items: namespaces } = useObjects('Namespace');
  const names = useMemo(() => namespaces.map((n) => n.metadata.name).sort(), [namespaces]);
  const { theme, toggle } = useTheme();
  return (
    <header className="topbar">
      <button className="btn btn-quiet menu-button" aria-label="Menu" aria-expanded={menuOpen} aria-controls="sections" onClick={onMenu}>
        ☰
      </button>
      <select className="filter" aria-label="Namespace" value={filters.namespace} onChange={(e) => setParams({ ns: e.target.value })}>
        <option value="">All namespaces</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
        {filters.namespace && !names.includes(filters.namespace) && <option value={filters.namespace}>{filters.namespace}</option>}
      </select>
      <FilterInput param="label" value={filters.label} placeholder="label selector, e.g. app=web,tier!=db" label="Label selector" />
      <FilterInput param="q" value={filters.search} placeholder="search by name" label="Search" />
      <ConnectionBadge state={connection.state} />
      <button className="btn btn-quiet" aria-label="Dark mode" aria-pressed={theme === 'dark'} title={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'} onClick={toggle}>
        {theme === 'dark' ? '☀' : '☾'}
      </button>
      <button className="btn btn-quiet" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}

export function App({ token, onSignOut }: { token: string; onSignOut(): void }) {
  const [connection, setConnection] = useState<ConnectionInfo>(INITIAL_CONNECTION);
  const [menuOpen, setMenuOpen] = useState(false);
  const ctx = useMemo<Omit<ClusterContext, 'connection'>>(() => {
    const api = new Api({ token, onUnauthenticated: onSignOut, onConnectionState: setConnection });
    const store = new ObjectStore();
    // Pausing (hidden tab) and resuming are the watches' doing; the socket reports the rest.
    const watches = new WatchManager(api, store, { onState: (state) => setConnection((c) => ({ ...c, state })) });
    (window as any).__capstan = { store, watches };
    return { api, store, watches, signOut: onSignOut };
  }, [token, onSignOut]);
  useEffect(
    () => () => {
      ctx.watches.dispose();
      ctx.api.dispose();
    },
    [ctx],
  );

  const loc = useLocation();
  const filters = filtersOf(loc);
  const current = loc.segments[0] ? `/${loc.segments[0]}` : '/';
  const title = pageTitle(loc);
  useEffect(() => {
    document.title = title;
  }, [title]);
  // On a narrow screen the sections fold into the menu button; following a link folds them again.
  useEffect(() => setMenuOpen(false), [loc.path]);
  const stale = isDisconnected(connection);
  return (
    <Cluster.Provider value={{ ...ctx, connection }}>
      <div className="shell">
        <nav id="sections" className={`sidebar${menuOpen ? ' sidebar-open' : ''}`} aria-label="Sections">
          <div className="brand">
            <span className="logo">⎈</span> Capstan
          </div>
          {NAV.map(([path, title]) => (
            <Link key={path} to={href(path)} className={`nav${current === path ? ' nav-on' : ''}`}>
              {title}
            </Link>
          ))}
          <a className="nav" href="/playground">
            Playground ↗
          </a>
        </nav>
        <div className="main">
          <Header filters={filters} connection={connection} signOut={onSignOut} onMenu={() => setMenuOpen((o) => !o)} menuOpen={menuOpen} />
          <DisconnectedBanner connection={connection} />
          <div className={stale ? 'content stale' : 'content'} data-stale={stale ? 'true' : undefined}>
            {route(loc, filters)}
          </div>
        </div>
      </div>
    </Cluster.Provider>
  );
}
