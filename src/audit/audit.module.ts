import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuditController } from 'src/audit/audit.controller';
import { AuditHookMiddleware } from 'src/audit/audit-hook.middleware';
import { AuditService } from 'src/audit/audit.service';

@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditHookMiddleware],
  exports: [AuditService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditHookMiddleware).forRoutes('api/*path');
  }
}
