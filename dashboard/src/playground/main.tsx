/**
 * The GraphQL playground: GraphiQL 5 bundled into the build (monaco's workers set up for Vite),
 * queries and mutations over HTTP with the token as a header, subscriptions over graphql-ws with
 * the token as connectionParams. The token comes from the dashboard's sign-in (localStorage, shared by tabs),
 * or is typed in the bar above the editor.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './playground.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { apiUrls, loadToken, saveToken } from '../lib/session.ts';
import { exampleTabs } from './examples.ts';
import { runnableRequest } from './operation-name.ts';

function Playground() {
  const [token, setToken] = useState(() => loadToken() ?? '');
  const [draft, setDraft] = useState(token);
  const urls = apiUrls();

  const wsClient = useMemo(
    () =>
      token
        ? createClient({
            url: urls.ws,
            connectionParams: { authorization: `Bearer ${token}` },
            lazy: true,
            retryAttempts: 5,
          })
        : null,
    [token, urls.ws],
  );
  useEffect(() => () => void wsClient?.dispose(), [wsClient]);

  const fetcher = useMemo(() => {
    const inner = createGraphiQLFetcher({
      url: urls.http,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(wsClient ? { wsClient } : {}),
    });
    // A tab switch followed at once by Execute sends the previous tab's operation name.
    const run: typeof inner = (sent, opts) => {
      const { params, document } = runnableRequest(sent);
      return inner(params, { ...opts, documentAST: document });
    };
    return run;
  }, [token, wsClient, urls.http]);

  return (
    <div className="pg">
      <header className="pg-bar">
        <a className="pg-brand" href="/">
          ⎈ Capstan
        </a>
        <span className="pg-title">GraphQL playground</span>
        <form
          className="pg-token"
          onSubmit={(e) => {
            e.preventDefault();
            saveToken(draft.trim());
            setToken(draft.trim());
          }}
        >
          <label htmlFor="pg-token">Token</label>
          <input id="pg-token" type="password" value={draft} placeholder="bearer token" onChange={(e) => setDraft(e.target.value)} autoComplete="off" />
          <button type="submit">Use token</button>
          <span className={token ? 'pg-ok' : 'pg-missing'}>{token ? 'signed in' : 'no token'}</span>
        </form>
      </header>
      <div className="pg-main">
        {/* A new key remounts GraphiQL so the schema is fetched again with the new token. */}
        <GraphiQL key={token} fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility="variables" isHeadersEditorEnabled />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
