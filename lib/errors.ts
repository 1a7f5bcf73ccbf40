/** Expected failures carry a code the UI and routes can act on; anything else is a bug. */
export type AppErrorCode =
  /** No signed-in user. */
  | 'UNAUTHENTICATED'
  /** Signed in, but the role or workspace does not allow this. */
  | 'FORBIDDEN'
  /** Missing, or in another workspace (never say which). */
  | 'NOT_FOUND'
  /** Input failed validation; `message` says what and where. */
  | 'INVALID_INPUT'
  /** Someone else changed the same thing first. */
  | 'CONFLICT'
  /** The version's status does not allow this step. */
  | 'INVALID_TRANSITION';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: AppErrorCode | 'INTERNAL'; message: string; details?: Record<string, unknown> } };

/** Turns any thrown value into a result the UI can show, without leaking internals. */
export function toActionError(err: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message, details: err.details } };
  console.error(err);
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was changed; try again.' } };
}

export const HTTP_STATUS: Record<AppErrorCode | 'INTERNAL', number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  INTERNAL: 500,
};
