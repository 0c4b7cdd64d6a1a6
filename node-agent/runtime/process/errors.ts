/**
 * The process runtime's one error type. Codes are Capstan's closed set (the node agent imports no
 * server code, so the set is repeated here): the agent maps them to API errors where it must.
 */
export type RuntimeErrorCode = 'INVALID' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE';

export class RuntimeError extends Error {
  constructor(
    readonly code: RuntimeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RuntimeError';
  }
}

export function isRuntimeError(e: unknown, code?: RuntimeErrorCode): e is RuntimeError {
  return e instanceof RuntimeError && (code === undefined || e.code === code);
}
