import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting and under which request id; set per HTTP request or job. */
export interface RequestContext {
  readonly requestId: string;
  readonly actor: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext {
  return storage.getStore() ?? { requestId: 'system', actor: 'system' };
}
