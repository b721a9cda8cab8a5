import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { ProcessRole } from '../config/app-config';
import { JobRegistry } from './job-registry';
import { JobWorkers } from './job-workers';
import { createQueueConnection, type QueueConnection, type QueueConnectionOptions } from './queue-connection';
import { QUEUE_CONNECTION, QueueService } from './queue.service';

export interface QueueModuleOptions extends QueueConnectionOptions {
  readonly role: ProcessRole;
}

const QUEUE_OPTIONS = Symbol('QUEUE_OPTIONS');

/** Starts the workers after every module is ready, in the roles that run them; stops them first on shutdown. */
@Injectable()
export class WorkerLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  readonly workers: JobWorkers;

  constructor(
    @Inject(QUEUE_CONNECTION) connection: QueueConnection,
    registry: JobRegistry,
    @Inject(QUEUE_OPTIONS) private readonly options: QueueModuleOptions,
  ) {
    this.workers = new JobWorkers(connection, registry);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.role !== 'api') await this.workers.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.workers.stop();
  }
}

/**
 * Job queues on Redis or PostgreSQL (docs/adr/0004-queue-backends.md): QueueService to enqueue,
 * the registry that pairs each job with its handler, and the in-process workers.
 */
@Global()
@Module({})
export class QueueModule {
  static register(options: QueueModuleOptions): DynamicModule {
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: QUEUE_OPTIONS, useValue: options },
        { provide: QUEUE_CONNECTION, useFactory: () => createQueueConnection(options) },
        JobRegistry,
        QueueService,
        WorkerLifecycle,
      ],
      exports: [QueueService],
    };
  }
}
