import { UnrecoverableError } from 'bullmq';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { JobContext } from '../src/queue/job-handler';
import type { JobRunner } from '../src/queue/job-registry';
import { JobWorkers } from '../src/queue/job-workers';
import { JobName, JOB_POLICIES, QueueName, type JobPayload } from '../src/queue/jobs';
import { createQueueConnection } from '../src/queue/queue-connection';
import { QueueService } from '../src/queue/queue.service';
import { TEST_REDIS_URL } from './queues';
import { createTestDatabase, type TestDatabase } from './test-database';

interface Attempt {
  importId: number;
  attempt: number;
  at: number;
}

/** Stands in for the import handler: succeeds, fails twice before succeeding, or fails for good. */
class ScriptedRunner implements JobRunner {
  readonly attempts: Attempt[] = [];

  async run<N extends JobName>(_name: N, payload: JobPayload<N>, context: JobContext): Promise<void> {
    const { importId } = payload as JobPayload<JobName.ImportFile>;
    this.attempts.push({ importId, attempt: context.attempt, at: Date.now() });
    if (importId === 2 && context.attempt < 3) throw new Error('database briefly unavailable');
    if (importId === 3) throw new UnrecoverableError('the file cannot be read');
  }

  of(importId: number): Attempt[] {
    return this.attempts.filter((a) => a.importId === importId);
  }
}

async function until(what: string, done: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const drained = (queues: QueueService): Promise<void> => until('the queues are idle', () => queues.idle());

describe.each(['postgres', 'redis'] as const)('Job queues on %s (real backend)', (backend) => {
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let queues: QueueService;
  let workers: JobWorkers;
  const runner = new ScriptedRunner();

  beforeAll(async () => {
    db = await createTestDatabase();
    const connection = createQueueConnection({ redisUrl: backend === 'redis' ? TEST_REDIS_URL : null, databaseUrl: db.url, prefix });
    expect(connection.kind).toBe(backend);
    queues = new QueueService(connection);
    workers = new JobWorkers(connection, runner);
    await workers.start();
  });

  afterAll(async () => {
    await workers.stop();
    await queues.onModuleDestroy();
    await db.drop();
    if (backend === 'redis') {
      const redis = new IORedis(TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    }
  });

  it('gives a job a deterministic id, so enqueuing the same payload twice runs it once', async () => {
    expect(await queues.enqueue(JobName.ImportFile, { importId: 1 })).toBe('import-1');
    expect(await queues.enqueue(JobName.ImportFile, { importId: 1 })).toBe('import-1');
    await drained(queues);
    expect(runner.of(1).map((a) => a.attempt)).toEqual([1]);
    expect((await queues.counts(QueueName.Imports)).completed).toBe(1);
  });

  it('retries a failed attempt with exponential backoff until it succeeds', async () => {
    await queues.enqueue(JobName.ImportFile, { importId: 2 });
    await until('the third attempt has run', () => runner.of(2).length === 3);
    await drained(queues);
    const attempts = runner.of(2);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    const gaps = attempts.slice(1).map((a, i) => a.at - (attempts[i]?.at ?? 0));
    const base = JOB_POLICIES[JobName.ImportFile].backoffMs;
    // 1st retry after ~base, 2nd after ~2×base (allow for timer and polling slack).
    expect(gaps[0]).toBeGreaterThanOrEqual(base * 0.9);
    expect(gaps[1]).toBeGreaterThanOrEqual(base * 1.8);
    expect((await queues.counts(QueueName.Imports)).failed).toBe(0);
  }, 30_000);

  it('does not retry a permanent failure (UnrecoverableError)', async () => {
    await queues.enqueue(JobName.ImportFile, { importId: 3 });
    await until('the job has failed', async () => (await queues.counts(QueueName.Imports)).failed === 1);
    await drained(queues);
    expect(runner.of(3).map((a) => a.attempt)).toEqual([1]);
    expect((await queues.counts(QueueName.Imports)).failed).toBe(1);
  });
});
