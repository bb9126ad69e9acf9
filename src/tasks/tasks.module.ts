import { Module } from '@nestjs/common';
import { TaskEventsService } from 'src/tasks/task-events.service';
import { TaskQueueService } from 'src/tasks/task-queue.service';
import { TaskRunner } from 'src/tasks/task-runner.service';
import { TasksRepository } from 'src/tasks/tasks.repository';
import { TasksService } from 'src/tasks/tasks.service';

/** The task lifecycle: persistence, events, execution and the durable queue. */
@Module({
  providers: [TasksRepository, TaskEventsService, TaskRunner, TaskQueueService, TasksService],
  exports: [TasksService, TaskEventsService],
})
export class TasksModule {}
