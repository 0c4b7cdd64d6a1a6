/**
 * The signed-in token, kept in localStorage: every tab of the dashboard (and the playground) on
 * this origin shares it, and a `storage` event tells the other tabs when one signs in or out, so
 * they follow at once. Signing out in any tab signs out all of them.
 */
export const TOKEN_KEY = 'capstan.token';

export function loadToken(): string | null {
  try {
    // A tab signed in before the token moved to localStorage still has it in sessionStorage.
    return localStorage.getItem(TOKEN_KEY) ?? sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  localStorage.setItem(TOKEN_KEY, token);
  sessionStorage.removeItem(TOKEN_KEY);
}

export function clearToken(): void {
  localStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * Calls `onChange` with the new token (null when signed out) whenever another tab of this origin
 * signs in or out. (A tab's own writes raise no `storage` event in itself.) Returns the
 * unsubscribe function.
 */
export function onTokenChange(onChange: (token: string | null) => void): () => void {
  const listener = (e: StorageEvent) => {
    // key null: the other tab cleared all of localStorage.
    if (e.key === TOKEN_KEY || e.key === null) onChange(loadToken());
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** The API's HTTP and WebSocket URLs on the server that served this page. */
export function apiUrls(): { http: string; ws: string } {
  const http = new URL('/graphql', location.href).toString();
  return { http, ws: http.replace(/^http/, 'ws') };
}
