/**
 * Base64 as Kubernetes reads Secret `data` and ConfigMap `binaryData` (Go's StdEncoding: standard
 * alphabet, padding required, line breaks ignored).
 */

const BASE64 = /^[A-Za-z0-9+/]*$/;

/** Why `s` is not base64 (Go's wording: the offset of the first bad byte), or null. */
export function base64Error(s: string): string | null {
  const compact = s.replace(/[\r\n]/g, '');
  const body = compact.replace(/={1,2}$/, '');
  if (!BASE64.test(body)) {
    const bad = [...compact].findIndex((c) => !/[A-Za-z0-9+/=]/.test(c) || c === '=');
    return `illegal base64 data at input byte ${Math.max(bad, 0)}`;
  }
  // Padding must complete the last group of four exactly.
  if (compact.length % 4 !== 0 || body.length % 4 === 1) return `illegal base64 data at input byte ${compact.length - (compact.length % 4 || 4)}`;
  return null;
}

/** The number of bytes `s` decodes to (assumes it is valid). */
export function decodedLength(s: string): number {
  return Buffer.from(s.replace(/[\r\n]/g, ''), 'base64').length;
}

export function encodeBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
