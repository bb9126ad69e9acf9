import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { GatewayRequest, GatewayResponse } from 'src/common/request-context';
import { auditNote } from 'src/common/request-context';
import type { CallMeta } from 'src/tasks/tasks.service';

/** The caller, trace id and client address of an authenticated HTTP call. */
export const Meta = createParamDecorator((_: unknown, context: ExecutionContext): CallMeta => {
  const http = context.switchToHttp();
  const request = http.getRequest<GatewayRequest>();
  const response = http.getResponse<GatewayResponse>();
  if (!request.principal) throw new Error('Meta used on a route without authentication');
  return { principal: request.principal, traceId: request.traceId, clientIp: request.ip ?? null, note: auditNote(response) };
});
