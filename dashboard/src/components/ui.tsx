/** Small shared pieces: badges, bars, key/value lists, conditions, a confirmation dialog. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { age } from '../lib/format.ts';
import { yamlPath } from '../lib/events.ts';
import { href, navigate } from '../lib/router.ts';

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

const TONE: Record<string, string> = {
  Running: 'ok',
  Ready: 'ok',
  Succeeded: 'done',
  True: 'ok',
  Active: 'ok',
  Normal: 'done',
  Pending: 'warn',
  Unknown: 'muted',
  ContainerCreating: 'warn',
  Terminating: 'warn',
  Failed: 'bad',
  False: 'bad',
  NotReady: 'bad',
  Warning: 'bad',
  SchedulingDisabled: 'warn',
  CrashLoopBackOff: 'bad',
  Unschedulable: 'bad',
  'Not started': 'muted',
  Error: 'bad',
};

export function Badge({ children, tone }: { children: ReactNode; tone?: string }) {
  const t = tone ?? (typeof children === 'string' ? (TONE[children] ?? 'muted') : 'muted');
  return <span className={`badge badge-${t}`}>{children}</span>;
}

export function Bar({ value, max, label, tone }: { value: number; max: number; label?: ReactNode; tone?: string }) {
  const pct = max > 0 ? Math.min(100, (value / max) * 100) : 0;
  const t = tone ?? (pct > 90 ? 'bad' : pct > 70 ? 'warn' : 'ok');
  return (
    <div className="bar" title={typeof label === 'string' ? label : undefined}>
      <div className="bar-track">
        <div className={`bar-fill bar-${t}`} style={{ width: `${pct}%` }} />
      </div>
      {label !== undefined && <span className="bar-label">{label}</span>}
    </div>
  );
}

export function Labels({ labels }: { labels: Record<string, string> | null | undefined }) {
  const entries = Object.entries(labels ?? {});
  if (entries.length === 0) return <span className="muted">none</span>;
  return (
    <span className="chips">
      {entries.map(([k, v]) => (
        <span className="chip" key={k}>
          {k}={v}
        </span>
      ))}
    </span>
  );
}

export function Section({ title, children, actions }: { title: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="card">
      <header className="card-head">
        <h2>{title}</h2>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}

export function KeyValues({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="kv">
      {rows.map(([k, v]) => (
        <div className="kv-row" key={k}>
          <dt>{k}</dt>
          <dd>{v ?? <span className="muted">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface ConditionLike {
  type: string;
  status: string;
  reason?: string | null;
  message?: string | null;
  lastTransitionTime?: string | null;
  lastHeartbeatTime?: string | null;
}

export function Conditions({ conditions, now }: { conditions: ConditionLike[] | null | undefined; now: number }) {
  if (!conditions?.length) return <p className="muted">No conditions reported.</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th>Type</th>
          <th>Status</th>
          <th>Reason and message</th>
          <th>Changed</th>
        </tr>
      </thead>
      <tbody>
        {conditions.map((c) => (
          <tr key={c.type}>
            <td>{c.type}</td>
            <td>
              <Badge tone={c.status === 'True' ? (/Pressure|Unavailable/.test(c.type) ? 'bad' : 'ok') : c.status === 'False' ? (/Pressure|Unavailable/.test(c.type) ? 'ok' : 'bad') : 'muted'}>{c.status}</Badge>
            </td>
            <td className="wrap">
              {c.reason && <div className="reason">{c.reason}</div>}
              {c.message && <div className="muted small">{c.message}</div>}
            </td>
            <td>{age(c.lastTransitionTime ?? c.lastHeartbeatTime, now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** With an input (e.g. replicas): its label and initial value; the value is passed to run. */
  input?: { label: string; value: string; type?: 'number' | 'text' };
  run(value: string): Promise<unknown>;
}

/** Asks before an action; shows the action's error inline instead of closing. */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest | null; onClose(): void }) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setValue(request?.input?.value ?? '');
    setError(null);
    setBusy(false);
    setTimeout(() => (request?.input ? input.current?.select() : confirm.current?.focus()), 0);
  }, [request]);

  if (!request) return null;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await request.run(value);
      onClose();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <div className="modal-back" onClick={onClose}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={request.title} onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <h3>{request.title}</h3>
        <div className="modal-body">{request.body}</div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {request.input && (
            <label className="field">
              <span>{request.input.label}</span>
              <input ref={input} type={request.input.type ?? 'text'} value={value} min={0} onChange={(e) => setValue(e.target.value)} aria-label={request.input.label} />
            </label>
          )}
          {error && <p className="error">{error}</p>}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button ref={confirm} type="submit" className={`btn ${request.danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy}>
              {busy ? 'Working…' : request.confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const e = error as { message?: string; code?: string; fields?: string[] };
  return (
    <p className="error">
      {e.code && <code className="code">{e.code}</code>} {e.message ?? String(error)}
      {e.fields && e.fields.length > 0 && <span className="muted"> (fields: {e.fields.join(', ')})</span>}
    </p>
  );
}

/** The button to an object's live YAML (view and edit). */
export function YamlLink({ kind, namespace, name }: { kind: string; namespace?: string | null; name: string }) {
  return (
    <Link to={href(yamlPath(kind, namespace, name))} className="btn">
      YAML
    </Link>
  );
}
