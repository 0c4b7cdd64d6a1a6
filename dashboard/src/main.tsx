/** Entry point: the sign-in form until a token is accepted, then the dashboard. */
import './styles.css';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { checkToken } from './lib/graphql.ts';
import { clearToken, loadToken, onTokenChange, saveToken } from './lib/session.ts';
import { applyTheme } from './lib/theme.ts';

function SignIn({ onToken }: { onToken(token: string): void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="signin">
      <form
        className="signin-card"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await checkToken(token.trim());
            saveToken(token.trim());
            onToken(token.trim());
          } catch (err) {
            setError((err as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <h1>
          <span className="logo">⎈</span> Capstan
        </h1>
        <p className="muted">Sign in with a bearer token: the admin token (<code>~/.capstan/admin-token</code> after <code>capstan up</code>) or a service account's token. It is kept in this browser until you sign out, and shared by its tabs of this dashboard.</p>
        <label className="field">
          <span>Token</span>
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoFocus autoComplete="off" aria-label="Token" />
        </label>
        {error && <p className="error">{error}</p>}
        <button className="btn btn-primary" type="submit" disabled={busy || !token.trim()}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}

function Root() {
  const [token, setToken] = useState<string | null>(loadToken);
  const signOut = useCallback(() => {
    clearToken();
    setToken(null);
  }, []);
  // Another tab signed in or out: follow it.
  useEffect(() => onTokenChange(setToken), []);
  return token ? <App token={token} onSignOut={signOut} /> : <SignIn onToken={setToken} />;
}

applyTheme();
createRoot(document.getElementById('root')!).render(<Root />);
