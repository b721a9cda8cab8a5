import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { handledJob, type JobContext, type JobHandler } from './job-handler';
import { JOB_NAMES, type JobName, type JobPayload } from './jobs';

/** Raised at boot when a job has no handler or several. */
export class JobRegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobRegistryError';
  }
}

type HandlerMap = ReadonlyMap<JobName, JobHandler<JobName>>;

/**
 * Pairs every job name with exactly one handler among `candidates` (provider instances; those
 * without @HandlesJob are ignored). Throws JobRegistryError naming each job without a handler and
 * each job with more than one.
 */
export function buildHandlerMap(candidates: readonly unknown[]): HandlerMap {
  const found = new Map<JobName, { instance: JobHandler<JobName>; className: string }[]>();
  for (const instance of candidates) {
    if (typeof instance !== 'object' || instance === null) continue;
    const name = handledJob(instance.constructor);
    if (name === undefined) continue;
    const list = found.get(name) ?? [];
    list.push({ instance: instance as JobHandler<JobName>, className: instance.constructor.name });
    found.set(name, list);
  }
  const problems: string[] = [];
  for (const name of JOB_NAMES) {
    const handlers = found.get(name) ?? [];
    if (handlers.length === 0) problems.push(`job "${name}" has no handler`);
    if (handlers.length > 1) problems.push(`job "${name}" has ${handlers.length} handlers (${handlers.map((h) => h.className).join(', ')})`);
  }
  for (const name of found.keys()) {
    if (!JOB_NAMES.includes(name)) problems.push(`handler for unknown job "${name}"`);
  }
  if (problems.length > 0) throw new JobRegistryError(`Job registry: ${problems.join('; ')}.`);
  return new Map([...found].flatMap(([name, handlers]) => handlers.map((h) => [name, h.instance] as const)));
}

/** Runs a job by name; the workers depend on this, not on how handlers are found. */
export interface JobRunner {
  run<N extends JobName>(name: N, payload: JobPayload<N>, context: JobContext): Promise<void>;
}

/** Every job's handler, collected from the application's providers and checked at boot. */
@Injectable()
export class JobRegistry implements JobRunner, OnModuleInit {
  private handlers: HandlerMap = new Map();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.handlers = buildHandlerMap(this.discovery.getProviders().map((wrapper) => wrapper.instance as unknown));
  }

  async run<N extends JobName>(name: N, payload: JobPayload<N>, context: JobContext): Promise<void> {
    const handler = this.handlers.get(name) as JobHandler<N> | undefined;
    if (!handler) throw new JobRegistryError(`Job registry: job "${name}" has no handler.`);
    await handler.handle(payload, context);
  }
}
