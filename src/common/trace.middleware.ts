import type { NextFunction, Request, Response } from 'express';
import type { GatewayRequest } from 'src/common/request-context';
import { newTraceId } from 'src/tasks/task-id';

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;
const TRACE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request a trace id: the caller's (W3C `traceparent`, or `X-Trace-Id`) or a new one,
 * echoed as `X-Trace-Id`. Agent-to-agent calls reuse the parent's.
 */
export function traceMiddleware(req: Request, res: Response, next: NextFunction): void {
  const parent = TRACEPARENT.exec(String(req.headers.traceparent ?? ''));
  const given = String(req.headers['x-trace-id'] ?? '');
  const traceId = parent?.[1] ?? (TRACE_ID.test(given) ? given : newTraceId());
  (req as GatewayRequest).traceId = traceId;
  res.setHeader('X-Trace-Id', traceId);
  next();
}
