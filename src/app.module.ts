import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { A2aModule } from 'src/a2a/a2a.module';
import { AdminModule } from 'src/admin/admin.module';
import { type AgentModuleRef, AgentsModule, PRODUCTION_AGENTS } from 'src/agents/agents.module';
import { AuditModule } from 'src/audit/audit.module';
import { AuthGuard } from 'src/auth/auth.guard';
import { AuthModule } from 'src/auth/auth.module';
import { RateLimitGuard } from 'src/auth/rate-limit.guard';
import { EnvelopeExceptionFilter } from 'src/common/envelope-exception.filter';
import { validationPipe } from 'src/common/validation';
import { AppConfig } from 'src/config/app-config';
import { DatabaseModule } from 'src/database/database.module';
import { HealthModule } from 'src/health/health.module';

export interface AppOptions {
  config: AppConfig;
  /** The Postgres to use (given, or the embedded server's). */
  databaseUrl: string;
  /** The agents to serve; the production list by default. Tests add their own. */
  agents?: AgentModuleRef[];
}

/** The validated configuration, available everywhere. */
@Global()
@Module({})
class ConfigModule {
  static register(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

/** Wires the feature modules and the global pipe, guard and filter. */
@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(options.config),
        DatabaseModule.forRoot(options.databaseUrl),
        AgentsModule.register(options.agents ?? PRODUCTION_AGENTS),
        AuthModule,
        AuditModule,
        A2aModule,
        AdminModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: validationPipe },
        // Global guards run in this order: who is calling, then how often.
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useExisting: RateLimitGuard },
        { provide: APP_FILTER, useClass: EnvelopeExceptionFilter },
      ],
    };
  }
}
