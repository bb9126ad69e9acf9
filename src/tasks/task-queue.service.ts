import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { AppConfig } from 'src/config/app-config';
import { DATABASE_URL } from 'src/database/database.tokens';
import { TaskRunner } from 'src/tasks/task-runner.service';
import { TasksRepository } from 'src/tasks/tasks.repository';

const QUEUE = 'supplygate-task-execute';

interface ExecuteJob {
  taskId: string;
}

/**
 * The durable side of execution, on pg-boss. Every accepted task gets a job. The process that
 * accepted a task runs it at once (no queue-polling latency) and the job starts a lease-length
 * later as a backstop: if the task is already final the job is a no-op; if its runner died the job
 * runs it. A sweep also re-enqueues tasks whose lease expired, which covers a crash between the
 * commit of a task and the insert of its job.
 */
@Injectable()
export class TaskQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(TaskQueueService.name);
  private boss: PgBoss | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly runner: TaskRunner,
    private readonly repository: TasksRepository,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: 'pgboss',
      // Job inserts follow every accept; a small pool lets them queue up under load.
      max: 10,
      application_name: 'supplygate-queue',
      schedule: false,
      supervise: this.config.workerEnabled,
      maintenanceIntervalSeconds: 60,
    });
    boss.on('error', (error) => {
      if (!this.stopping) this.logger.error(`Queue error: ${error.message}`);
    });
    await boss.start();
    await boss.createQueue(QUEUE, {
      name: QUEUE,
      retryLimit: this.config.taskMaxAttempts,
      retryDelay: 1,
      retryBackoff: true,
      expireInSeconds: this.config.taskTimeoutSeconds + this.config.leaseSeconds * 2,
    });
    this.boss = boss;
    if (!this.config.workerEnabled) return;
    for (let i = 0; i < this.config.workerConcurrency; i += 1) {
      await boss.work<ExecuteJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => this.handle(job.data.taskId));
    }
    const every = Math.max(1000, this.config.leaseSeconds * 1000);
    this.sweepTimer = setInterval(() => void this.sweep(), every);
    this.sweepTimer.unref();
    void this.sweep();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.boss?.stop({ graceful: false, wait: true, timeout: 2000 }).catch(() => undefined);
    this.boss = null;
  }

  /** Records the durable job for a task; `delaySeconds` gives a local runner its head start. */
  async enqueue(taskId: string, delaySeconds: number): Promise<void> {
    if (!this.boss) throw new Error('The task queue is not started');
    await this.boss.send(QUEUE, { taskId } satisfies ExecuteJob, { startAfter: delaySeconds });
  }

  /** Runs a task from its job. A task still held by a live runner is looked at again later. */
  private async handle(taskId: string): Promise<void> {
    const outcome = await this.runner.run(taskId);
    if (outcome === 'busy') await this.enqueue(taskId, this.config.leaseSeconds);
  }

  private async sweep(): Promise<void> {
    try {
      const orphans = await this.repository.findOrphans(this.config.leaseSeconds);
      for (const taskId of orphans) {
        this.logger.warn(`Recovering task ${taskId}: its runner stopped renewing the lease`);
        void this.runner.run(taskId).catch((error: Error) => this.logger.error(`Recovery of ${taskId} failed: ${error.message}`));
      }
    } catch (error) {
      this.logger.warn(`Recovery sweep failed: ${(error as Error).message}`);
    }
  }
}
