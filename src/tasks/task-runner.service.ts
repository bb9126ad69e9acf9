import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AgentError, type AgentCallRequest, type AgentCallResult, type AgentContext } from 'src/agents/agent';
import { AgentRegistry } from 'src/agents/agent-registry.service';
import type { AuditRecord } from 'src/audit/audit-record';
import { Code, DEFAULT_MESSAGES, type Stage } from 'src/common/error-codes';
import { AppConfig } from 'src/config/app-config';
import { TaskEventsService } from 'src/tasks/task-events.service';
import { taskState, type TaskRow } from 'src/tasks/task-row';
import { streamFrame, taskEnvelope, type TaskState } from 'src/tasks/task-view';
import { TasksRepository } from 'src/tasks/tasks.repository';
import { sleep } from 'src/common/sleep';

/** Lets a running agent start another agent's task; implemented by TasksService. */
export interface AgentCaller {
  callAgent(parent: TaskRow, agentId: string, request: AgentCallRequest, deadline: Date): Promise<AgentCallResult>;
}

/** Why a run stopped early. */
class Stop extends Error {
  constructor(readonly reason: 'cancelled' | 'timeout' | 'lease-lost') {
    super(reason === 'timeout' ? 'The task exceeded its deadline.' : reason === 'cancelled' ? 'The task was cancelled.' : 'Lease lost.');
  }
}

export type RunOutcome = 'finished' | 'busy' | 'gone';


/**
 * Executes accepted tasks. A runner first takes the task's lease (so one process runs it at a
 * time), renews it while the agent works, and ends the task exactly once: completed, failed,
 * timed out or cancelled. A process that dies simply stops renewing; its lease expires and the
 * queue hands the task to another runner, which counts the attempt.
 */
@Injectable()
export class TaskRunner implements OnModuleDestroy {
  private readonly logger = new Logger(TaskRunner.name);
  /** Identifies this process's leases. */
  readonly owner = `runner-${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly running = new Map<string, AbortController>();
  private stopping = false;
  private caller: AgentCaller | null = null;

  constructor(
    private readonly repository: TasksRepository,
    private readonly events: TaskEventsService,
    private readonly agents: AgentRegistry,
    private readonly config: AppConfig,
  ) {}

  attachCaller(caller: AgentCaller): void {
    this.caller = caller;
  }

  get activeCount(): number {
    return this.running.size;
  }

  async onModuleDestroy(): Promise<void> {
    // From here on this process claims nothing: a task it claimed while shutting down would find
    // its agent gone, or spend an attempt that another process then lacks.
    this.stopping = true;
    // Stop this process's runs and hand their leases back at once, so another process (or this
    // one, restarted) resumes them without waiting for the leases to expire.
    if (this.running.size === 0) return;
    for (const controller of this.running.values()) controller.abort(new Stop('lease-lost'));
    await this.repository.releaseLeases(this.owner).catch((error: Error) => this.logger.warn(`Releasing leases failed: ${error.message}`));
  }

  /** Aborts a task this process runs (after its cancellation was recorded). */
  abortLocal(taskId: string): void {
    this.running.get(taskId)?.abort(new Stop('cancelled'));
  }

  /** Runs the task if its lease is free: 'finished' when this call ended it or it was already final. */
  async run(taskId: string): Promise<RunOutcome> {
    if (this.stopping || this.running.has(taskId)) return 'busy';
    const task = await this.repository.claim(taskId, this.owner, this.config.leaseSeconds);
    if (task && this.stopping) {
      // Claimed while the shutdown began: hand it straight back.
      await this.repository.releaseLeases(this.owner);
      return 'busy';
    }
    if (!task) {
      const current = await this.repository.findById(taskId);
      if (!current || current.stage !== 'executing') return current ? 'finished' : 'gone';
      return 'busy';
    }
    const controller = new AbortController();
    this.running.set(taskId, controller);
    try {
      await this.execute(task, controller);
    } catch (error) {
      this.logger.error(`Runner fault on ${taskId}: ${(error as Error).stack ?? String(error)}`);
    } finally {
      this.running.delete(taskId);
    }
    return 'finished';
  }

  private async execute(task: TaskRow, controller: AbortController): Promise<void> {
    const state = taskState(task);
    const agent = this.agents.get(task.agent_id);
    if (task.attempts > this.config.taskMaxAttempts) {
      await this.finish(task, state, 'completed', Code.TaskFailed, `The task could not be completed after ${task.attempts - 1} attempts; its credits were refunded.`, true);
      return;
    }
    if (task.deadline_at && task.deadline_at.getTime() <= Date.now()) {
      await this.finish(task, state, 'completed', Code.Timeout, 'The task exceeded its deadline; its credits were refunded.', true);
      return;
    }
    if (!agent || !agent.availability().available) {
      await this.finish(task, state, 'completed', Code.TaskFailed, `Agent "${task.agent_id}" is not available to run this task; its credits were refunded.`, true);
      return;
    }

    if (task.code !== Code.TaskRunning) {
      const running = { ...state, stage: 'executing' as Stage, code: Code.TaskRunning, content: '', updatedAt: new Date() };
      const moved = await this.repository.transition(task.id, {
        owner: this.owner,
        stage: 'executing',
        code: Code.TaskRunning,
        message: null,
        content: '',
        envelope: taskEnvelope(running, { reasoning: [] }),
        audit: this.audit(task, 'task.running', Code.TaskRunning, 'success', 0, { attempt: task.attempts }),
        refund: false,
      });
      if (!moved) return;
      state.code = Code.TaskRunning;
      state.content = '';
    }

    const deadline = task.deadline_at ?? new Date(Date.now() + this.config.taskTimeoutSeconds * 1000);
    const deadlineTimer = setTimeout(() => controller.abort(new Stop('timeout')), Math.max(0, deadline.getTime() - Date.now()));
    const unsubscribe = this.events.subscribe(task.id, (code) => {
      if (code === Code.TaskCancelled) controller.abort(new Stop('cancelled'));
    });
    const heartbeat = setInterval(() => {
      void this.repository
        .renewLease(task.id, this.owner, this.config.leaseSeconds)
        .then((lease) => {
          if (!lease) controller.abort(new Stop('lease-lost'));
          else if (lease.cancel_requested || lease.code === Code.TaskCancelled) controller.abort(new Stop('cancelled'));
        })
        .catch((error: Error) => this.logger.warn(`Lease renewal for ${task.id} failed: ${error.message}`));
    }, Math.max(500, (this.config.leaseSeconds * 1000) / 3));

    let progress = task.progress;
    const signal = controller.signal;
    const throwIfAborted = () => {
      if (signal.aborted) throw signal.reason instanceof Stop ? signal.reason : new Stop('cancelled');
    };
    const context: AgentContext = {
      taskId: task.id,
      traceId: task.trace_id,
      signal,
      deadline,
      throwIfAborted,
      reason: async (text: string) => {
        throwIfAborted();
        await this.events.append(task.id, 'frame', Code.TaskRunning, streamFrame(state, 'executing', Code.TaskRunning, progress, [text]), { reasoning: [text] });
      },
      progress: async (percent: number, text?: string) => {
        throwIfAborted();
        progress = Math.max(0, Math.min(100, Math.round(percent)));
        const lines = text ? [text] : [];
        await this.events.append(task.id, 'frame', Code.TaskRunning, streamFrame(state, 'executing', Code.TaskRunning, progress, lines), {
          progress,
          reasoning: lines,
        });
      },
      callAgent: (agentId, request) => {
        throwIfAborted();
        if (!this.caller) throw new AgentError('TARGET_UNAVAILABLE', 'Agent-to-agent calls are not wired.');
        return this.caller.callAgent(task, agentId, request, deadline);
      },
    };

    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason instanceof Stop ? signal.reason : new Stop('cancelled')), { once: true });
    });
    aborted.catch(() => undefined);

    try {
      let attempt = task.attempts;
      for (;;) {
        try {
          const result = await Promise.race([agent.execute(task.plan, context), aborted]);
          throwIfAborted();
          await this.finish(task, state, 'completed', Code.TaskCompleted, null, false, { type: 'result', data: result });
          return;
        } catch (error) {
          if (error instanceof AgentError && error.options.retryable && attempt < this.config.taskMaxAttempts && !signal.aborted) {
            const delay = this.config.retryBaseMs * 2 ** (attempt - 1);
            this.logger.warn(`Task ${task.id} attempt ${attempt} hit a transient fault (${error.message}); retrying in ${delay} ms`);
            await this.events.append(task.id, 'frame', Code.TaskRunning, streamFrame(state, 'executing', Code.TaskRunning, progress, [
              `Transient fault: ${error.message}. Retrying in ${Math.round(delay / 100) / 10} s.`,
            ]), { reasoning: [`Transient fault: ${error.message}. Retrying.`] });
            await sleep(delay, signal);
            throwIfAborted();
            attempt += 1;
            await this.repository.setAttempts(task.id, this.owner, attempt);
            continue;
          }
          throw error;
        }
      }
    } catch (error) {
      // Once the run was stopped (hand-over, cancel, deadline), whatever the agent threw on its way
      // out is a consequence of the stop, not a failure of the task.
      await this.fail(task, state, signal.aborted && signal.reason instanceof Stop ? signal.reason : error);
    } finally {
      clearTimeout(deadlineTimer);
      clearInterval(heartbeat);
      unsubscribe();
    }
  }

  private async fail(task: TaskRow, state: TaskState, error: unknown): Promise<void> {
    if (error instanceof Stop) {
      if (error.reason === 'timeout') {
        await this.finish(task, state, 'completed', Code.Timeout, 'The task exceeded its deadline; its credits were refunded.', true);
      }
      // Cancelled: the cancellation already recorded the final state. Lease lost: someone else owns it.
      return;
    }
    if (error instanceof AgentError) {
      const refund = !error.options.callerFault;
      const code = error.code === 'TIMEOUT' ? Code.Timeout : Code.TaskFailed;
      const suffix = refund ? ' Its credits were refunded.' : '';
      await this.finish(task, state, 'completed', code, `${error.message}${suffix}`, refund);
      return;
    }
    this.logger.error(`Agent ${state.agentId} failed on ${state.id}: ${(error as Error)?.stack ?? String(error)}`);
    await this.finish(task, state, 'completed', Code.TaskFailed, 'The agent hit an internal error; the task failed and its credits were refunded.', true);
  }

  /** Ends the task (only if this runner still holds it) and signals everyone following it. */
  private async finish(
    task: TaskRow,
    state: TaskState,
    stage: Stage,
    code: string,
    message: string | null,
    refund: boolean,
    content: unknown = message ?? '',
  ): Promise<void> {
    const final: TaskState = { ...state, stage, code, message, content, progress: code === Code.TaskCompleted ? 100 : state.progress, updatedAt: new Date() };
    const result = await this.repository.transition(state.id, {
      owner: this.owner,
      stage,
      code,
      message,
      content,
      envelope: taskEnvelope(final, { reasoning: [], message: message ?? DEFAULT_MESSAGES[code] }),
      audit: this.audit(task, `task.${code.toLowerCase()}`, code, code === Code.TaskCompleted ? 'success' : 'failure', refund ? -task.price : 0, message ? { message } : null),
      refund,
    });
    if (result) this.events.signal(state.id, code);
  }

  private audit(task: TaskRow, action: string, code: string, outcome: AuditRecord['outcome'], credits: number, detail: Record<string, unknown> | null): AuditRecord {
    return {
      principal: `runner:${this.owner}`,
      account_id: task.account_id,
      key_id: null,
      agent_id: task.agent_id,
      mode: null,
      task_id: task.id,
      action,
      code,
      input_digest: null,
      outcome,
      credits,
      trace_id: task.trace_id,
      client_ip: null,
      detail,
    };
  }
}
