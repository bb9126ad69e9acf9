import { Module } from '@nestjs/common';
import { A2aController } from 'src/a2a/a2a.controller';
import { A2aService } from 'src/a2a/a2a.service';
import { CreditsGuard } from 'src/a2a/credits.guard';
import { TaskStreamService } from 'src/a2a/task-stream.service';
import { TasksModule } from 'src/tasks/tasks.module';

/** The Agent API: one controller for every agent. */
@Module({
  imports: [TasksModule],
  controllers: [A2aController],
  providers: [A2aService, TaskStreamService, CreditsGuard],
})
export class A2aModule {}
