/**
 * Setting defaults the way Kubernetes' Go types behave: a string field that is absent, null or
 * empty holds Go's zero value, and the zero value is what defaulting replaces.
 */
export function defaultString(obj: Record<string, any>, key: string, value: string): void {
  if (obj[key] === undefined || obj[key] === null || obj[key] === '') obj[key] = value;
}
