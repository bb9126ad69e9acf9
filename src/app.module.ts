import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { A2aController } from 'src/a2a/a2a.controller';
import { A2aService } from 'src/a2a/a2a.service';
import { CreditsGuard } from 'src/a2a/credits.guard';
import { TaskStreamService } from 'src/a2a/task-stream.service';
import { AdminController } from 'src/admin/admin.controller';
import { AdminService } from 'src/admin/admin.service';
import { type AgentModuleRef, AgentsModule, PRODUCTION_AGENTS } from 'src/agents/agents.module';
import { AuditController } from 'src/audit/audit.controller';
import { AuditHookMiddleware } from 'src/audit/audit-hook.middleware';
import { AuditService } from 'src/audit/audit.service';
import { ApiKeysService } from 'src/auth/api-keys.service';
import { AuthGuard } from 'src/auth/auth.guard';
import { EnvelopeExceptionFilter } from 'src/common/envelope-exception.filter';
import { validationPipe } from 'src/common/validation';
import { AppConfig } from 'src/config/app-config';
import { dataSourceOptions } from 'src/database/data-source';
import { DATABASE_URL } from 'src/database/database.tokens';
import { Db } from 'src/database/db';
import { HealthController } from 'src/health/health.controller';
import { TaskEventsService } from 'src/tasks/task-events.service';
import { TaskQueueService } from 'src/tasks/task-queue.service';
import { TaskRunner } from 'src/tasks/task-runner.service';
import { TasksRepository } from 'src/tasks/tasks.repository';
import { TasksService } from 'src/tasks/tasks.service';

export interface AppOptions {
  config: AppConfig;
  /** The Postgres to use (given, or the embedded server's). */
  databaseUrl: string;
  /** The agents to serve; the production list by default. Tests add their own. */
  agents?: AgentModuleRef[];
}

/** Configuration and the connection string, available everywhere. */
@Global()
@Module({})
class CoreModule {
  static register(options: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: AppConfig, useValue: options.config },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
      ],
      exports: [AppConfig, DATABASE_URL],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        AgentsModule.register(options.agents ?? PRODUCTION_AGENTS),
      ],
      controllers: [A2aController, AuditController, AdminController, HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: validationPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: EnvelopeExceptionFilter },
        Db,
        ApiKeysService,
        AuditService,
        AdminService,
        TasksRepository,
        TaskEventsService,
        TaskRunner,
        TaskQueueService,
        TasksService,
        A2aService,
        TaskStreamService,
        CreditsGuard,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditHookMiddleware).forRoutes('api/*path');
  }
}
