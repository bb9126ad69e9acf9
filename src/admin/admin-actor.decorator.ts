import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AdminActor } from 'src/admin/admin.service';
import type { GatewayRequest } from 'src/common/request-context';

/** The administrator as the audit log names it. */
export const AdminActorParam = createParamDecorator((_: unknown, context: ExecutionContext): AdminActor => {
  const request = context.switchToHttp().getRequest<GatewayRequest>();
  return { label: request.principal?.label ?? 'admin', traceId: request.traceId, clientIp: request.ip ?? null };
});
