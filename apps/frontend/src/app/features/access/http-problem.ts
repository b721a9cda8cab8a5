import { HttpErrorResponse } from '@angular/common/http';

/** The HTTP status of a failed call (0 when the server could not be reached). */
export function statusOf(error: unknown): number {
  return error instanceof HttpErrorResponse ? error.status : 0;
}

/** The server's own sentence for a refusal, or a general one. */
export function problemMessage(error: unknown, fallback: string): string {
  if (error instanceof HttpErrorResponse && typeof error.error === 'object' && error.error !== null) {
    const message = (error.error as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
  }
  return fallback;
}

/** Field → reason, from a 400 answer. */
export function fieldErrors(error: unknown): Readonly<Record<string, string>> {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return {};
  const errors = (error.error as { errors?: { field: string; reason: string }[] } | null)?.errors ?? [];
  return Object.fromEntries(errors.map((e) => [e.field, e.reason]));
}
