import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction } from 'express';
import { inputDigest } from 'src/audit/audit-record';
import { AuditService } from 'src/audit/audit.service';
import { auditNote, type GatewayRequest, type GatewayResponse } from 'src/common/request-context';

const AGENT_IN_PATH = /^\/api\/v1\/agents\/([^/?]+)/;

/**
 * Writes the audit row of every API call when its response is finished, unless the call already
 * wrote it in the transaction of the change it made (accepting, continuing or cancelling a task).
 */
@Injectable()
export class AuditHookMiddleware implements NestMiddleware {
  constructor(private readonly audit: AuditService) {}

  use(req: GatewayRequest, res: GatewayResponse, next: NextFunction): void {
    res.on('close', () => {
      const note = auditNote(res);
      if (note.recorded) return;
      const principal = req.principal;
      const body: unknown = req.body;
      const hasBody = body !== undefined && body !== null && typeof body === 'object' && Object.keys(body).length > 0;
      const mode = typeof (body as { mode?: unknown } | undefined)?.mode === 'string' ? String((body as { mode: string }).mode) : null;
      const agentId = decodeSafe(AGENT_IN_PATH.exec(req.path)?.[1]);
      const failed = res.statusCode >= 400 || note.success === false;
      void this.audit.record({
        principal: principal?.label ?? 'anonymous',
        account_id: principal?.accountId ?? null,
        key_id: principal?.keyId ?? null,
        agent_id: agentId ?? null,
        mode: req.method === 'POST' && agentId ? (mode ?? 'run') : null,
        task_id: note.taskId ?? null,
        action: `${req.method} ${routePath(req) ?? req.path}`,
        code: note.code ?? (failed ? 'ERROR' : 'OK'),
        input_digest: hasBody ? inputDigest(body) : null,
        outcome: failed ? 'failure' : 'success',
        credits: note.credits ?? 0,
        trace_id: req.traceId,
        client_ip: req.ip ?? null,
        detail: { status: res.statusCode, aborted: !res.writableFinished },
      });
    });
    next();
  }
}

/** The matched route pattern (`/api/v1/agents/:agentId/run`), so rows group by route, not by id. */
function routePath(req: GatewayRequest): string | null {
  const route = req.route as { path?: unknown } | undefined;
  return typeof route?.path === 'string' ? `${req.baseUrl}${route.path}` : null;
}

function decodeSafe(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value).slice(0, 100);
  } catch {
    return value.slice(0, 100);
  }
}
