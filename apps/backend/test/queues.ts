import type { INestApplication } from '@nestjs/common';
import { QueueService } from '../src/queue/queue.service';

/** Waits until no queue of the app has a job waiting, running or waiting for a retry. */
export async function waitForQueuesToDrain(app: INestApplication, timeoutMs = 60_000): Promise<void> {
  const queues = app.get(QueueService);
  const deadline = Date.now() + timeoutMs;
  while (!(await queues.idle())) {
    if (Date.now() > deadline) throw new Error(`Queues still busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Redis for the queue tests (the machine's own); each test gets its own key prefix. */
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
