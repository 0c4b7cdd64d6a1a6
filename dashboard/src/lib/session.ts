/**
 * The signed-in token, kept in sessionStorage only: it survives reloads of the tab and is gone
 * when the tab closes. The dashboard and the playground read the same key (same origin).
 */
const KEY = 'capstan.token';

export function loadToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
}

/** The API's HTTP and WebSocket URLs on the server that served this page. */
export function apiUrls(): { http: string; ws: string } {
  const http = new URL('/graphql', location.href).toString();
  return { http, ws: http.replace(/^http/, 'ws') };
}
