import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { AgentRegistry } from 'src/agents/agent-registry.service';
import { ApiError } from 'src/common/api-error';
import { Code } from 'src/common/error-codes';
import type { GatewayRequest } from 'src/common/request-context';

/**
 * Refuses a new run before any work when the balance read at authentication cannot cover the
 * agent's price. The debit at acceptance stays the real check (it is atomic); this one saves an
 * interpretation for callers who are plainly out of credits.
 */
@Injectable()
export class CreditsGuard implements CanActivate {
  constructor(private readonly agents: AgentRegistry) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    const body: unknown = request.body;
    if (!body || typeof body !== 'object') return true;
    const { mode, task_id: taskId } = body as { mode?: unknown; task_id?: unknown };
    const isNewRun = (mode === undefined || mode === null || mode === 'run') && !taskId;
    const agent = this.agents.get(String(request.params.agentId));
    if (!isNewRun || !agent || !request.principal) return true;
    if (request.principal.balance < agent.descriptor.pricePerRun) {
      throw new ApiError(Code.InsufficientCredits, `This agent costs ${agent.descriptor.pricePerRun} credits per run and the account balance is ${request.principal.balance}.`, {
        agent: agent.descriptor.id,
      });
    }
    return true;
  }
}
