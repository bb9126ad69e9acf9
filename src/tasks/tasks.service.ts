import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { AgentCallRequest, AgentCallResult, AgentRequest, AgentService, AgentTurn, Interpretation } from 'src/agents/agent';
import { AgentRegistry } from 'src/agents/agent-registry.service';
import { type AuditRecord, inputDigest } from 'src/audit/audit-record';
import { ApiError } from 'src/common/api-error';
import type { Envelope, TaskView } from 'src/common/envelope';
import { Code, STREAM_STOP_CODES, TERMINAL_CODES } from 'src/common/error-codes';
import type { AuditNote, Principal } from 'src/common/request-context';
import { AppConfig } from 'src/config/app-config';
import { isTaskId, newTaskId } from 'src/tasks/task-id';
import { TaskQueueService } from 'src/tasks/task-queue.service';
import { TaskEventsService } from 'src/tasks/task-events.service';
import { TaskRunner } from 'src/tasks/task-runner.service';
import { taskState, type TaskRow } from 'src/tasks/task-row';
import { isSuccessCode, streamFrame, taskEnvelope, type TaskState } from 'src/tasks/task-view';
import { type NewEvent, TasksRepository } from 'src/tasks/tasks.repository';

/** Who asks, and how the call is traced; the same for HTTP calls and agent-to-agent calls. */
export interface CallMeta {
  principal: Principal;
  traceId: string;
  clientIp: string | null;
  parentTaskId?: string | null;
  /** Told when the call's audit row was written with the change it records. */
  note?: AuditNote;
}

export interface RunInput {
  text?: string | null;
  taskId?: string | null;
  extra: Record<string, unknown>;
  /** The whole request as received, for the audit digest. */
  raw: unknown;
}

/** A `run` turn that passed the request checks. */
export interface PreparedTurn {
  agent: AgentService;
  input: RunInput;
  meta: CallMeta;
  accountId: string;
  text: string;
  existing: TaskRow | null;
}

/** What a `run` turn started: the task, where its events of this turn begin, and its price. */
export interface StartedTurn {
  task: TaskState;
  baseSeq: number;
  price: number;
}

const AGENT_TEXT_LIMIT = 20_000;

/**
 * The task lifecycle behind the Agent API: interpret, accept (debit, persist, audit in one
 * statement), run, wait briefly for fast results, report, cancel; and agent-to-agent calls.
 */
@Injectable()
export class TasksService {
  private readonly logger = new Logger(TasksService.name);

  constructor(
    private readonly agents: AgentRegistry,
    private readonly repository: TasksRepository,
    private readonly events: TaskEventsService,
    private readonly runner: TaskRunner,
    private readonly queue: TaskQueueService,
    private readonly config: AppConfig,
  ) {
    runner.attachCaller(this);
  }

  /** The agent, if it exists and can serve now; otherwise TARGET_UNAVAILABLE (404 / 503). */
  resolveAgent(agentId: string): AgentService {
    const agent = this.agents.get(agentId);
    if (!agent) throw ApiError.unknownAgent(agentId);
    const availability = agent.availability();
    if (!availability.available) {
      throw new ApiError(Code.TargetUnavailable, availability.reason, { status: HttpStatus.SERVICE_UNAVAILABLE, agent: agentId });
    }
    return agent;
  }

  async findTask(agentId: string, taskId: string, accountId: string): Promise<TaskRow> {
    // A malformed id cannot exist: answer without a query, exactly as for an unknown one.
    if (!isTaskId(taskId)) throw ApiError.taskNotFound();
    const task = await this.repository.findForAccount(taskId, accountId);
    // Another account's task, or another agent's, answers exactly like a task that does not exist.
    if (!task || task.agent_id !== agentId) throw ApiError.taskNotFound();
    return task;
  }

  /**
   * Checks a `run` turn before anything is interpreted or streamed: the text, and the task it
   * continues (which must belong to the caller and wait for an answer).
   */
  async prepareTurn(agent: AgentService, input: RunInput, meta: CallMeta): Promise<PreparedTurn> {
    const accountId = meta.principal.accountId;
    if (!accountId) throw new ApiError(Code.Unauthorized, 'Runs need an account-scoped API key.');
    const text = input.text?.trim() ?? '';
    if (!text) throw ApiError.invalid('"text" is required for a run.', [{ field: 'text', message: 'must be a non-blank string' }]);
    if (text.length > AGENT_TEXT_LIMIT) {
      throw ApiError.invalid(`"text" is longer than ${AGENT_TEXT_LIMIT} characters.`, [{ field: 'text', message: `at most ${AGENT_TEXT_LIMIT} characters` }]);
    }
    const existing = input.taskId ? await this.findTask(agent.descriptor.id, input.taskId, accountId) : null;
    if (existing && existing.code !== Code.WaitingUser) {
      throw ApiError.invalid(`Task ${existing.id} is not waiting for input (it is ${existing.code}); start a new run without task_id.`, [
        { field: 'task_id', message: 'task is not waiting for input' },
      ]);
    }
    return { agent, input, meta, accountId, text, existing };
  }

  /**
   * Interprets one prepared `run` turn and persists its outcome: a new or continued task that
   * waits for the caller, or an accepted task (charged) that starts running here at once.
   * Rejections throw.
   */
  async startTurn(prepared: PreparedTurn): Promise<StartedTurn> {
    const { agent, input, meta, accountId, text, existing } = prepared;
    const history: AgentTurn[] = existing?.turns ?? [];
    const extra = existing ? { ...existing.extra, ...input.extra } : input.extra;
    const request: AgentRequest = { text, extra, history };

    let interpretation: Interpretation;
    try {
      interpretation = await agent.interpret(request);
    } catch (error) {
      this.logger.error(`interpret() of ${agent.descriptor.id} threw: ${(error as Error).stack ?? String(error)}`);
      throw new ApiError(Code.TaskFailed, 'The agent could not interpret the request because of an internal error.', { status: 500 });
    }
    if (interpretation.kind === 'reject') {
      throw new ApiError(interpretation.code === 'INVALID_INTENT' ? Code.InvalidIntent : Code.InvalidRequest, interpretation.message, {
        errors: interpretation.errors ?? [],
        agent: agent.descriptor.id,
      });
    }

    const taskId = existing?.id ?? newTaskId();
    const reasoning = interpretation.reasoning ?? [];
    const now = new Date();
    const base: TaskState = {
      id: taskId,
      agentId: agent.descriptor.id,
      traceId: existing?.trace_id ?? meta.traceId,
      stage: 'interpreting',
      code: Code.Thinking,
      progress: 0,
      message: null,
      content: '',
      reasoning,
      updatedAt: now,
    };
    const frames: NewEvent[] = reasoning.map((line) => ({ kind: 'frame', payload: streamFrame(base, 'interpreting', Code.Thinking, 0, [line]) }));
    const turns: AgentTurn[] = [...history, { role: 'user', text }];
    const audit = (code: string, credits: number): AuditRecord => ({
      principal: meta.principal.label,
      account_id: accountId,
      key_id: meta.principal.keyId,
      agent_id: agent.descriptor.id,
      mode: 'run',
      task_id: taskId,
      action: existing ? 'api.run.continue' : 'api.run',
      code,
      input_digest: inputDigest(input.raw),
      outcome: 'success',
      credits,
      trace_id: meta.traceId,
      client_ip: meta.clientIp,
      detail: meta.parentTaskId ? { parent_task_id: meta.parentTaskId } : null,
    });

    if (interpretation.kind === 'ask') {
      const waiting: TaskState = { ...base, code: Code.WaitingUser, content: interpretation.question };
      const events = [...frames, { kind: 'envelope' as const, payload: taskEnvelope(waiting, { reasoning }) }];
      turns.push({ role: 'agent', text: interpretation.question });
      if (existing) {
        const result = await this.repository.continueTurn(taskId, accountId, {
          turns, extra, reasoning, events, audit: audit(Code.WaitingUser, 0), accept: null, question: interpretation.question,
        });
        if (result.outcome !== 'ok') throw this.turnConflict(taskId);
        this.recorded(meta, taskId);
        return { task: waiting, baseSeq: result.baseSeq, price: 0 };
      }
      await this.repository.insertWaiting(
        { id: taskId, accountId, agentId: agent.descriptor.id, parentTaskId: meta.parentTaskId ?? null, traceId: base.traceId, turns, extra, reasoning, events, audit: audit(Code.WaitingUser, 0) },
        interpretation.question,
      );
      this.recorded(meta, taskId);
      return { task: waiting, baseSeq: 0, price: 0 };
    }

    const price = interpretation.price ?? agent.descriptor.pricePerRun;
    if (!Number.isInteger(price) || price < 0) throw new Error(`Agent ${agent.descriptor.id} priced a run at ${price}`);
    const timeoutSeconds = agent.descriptor.timeoutSeconds ?? this.config.taskTimeoutSeconds;
    const accepted: TaskState = { ...base, stage: 'executing', code: Code.TaskAccepted };
    const events = [...frames, { kind: 'envelope' as const, payload: taskEnvelope(accepted, { reasoning, creditsUsed: price }) }];
    let baseSeq = 0;
    if (existing) {
      const result = await this.repository.continueTurn(taskId, accountId, {
        turns, extra, reasoning, events, audit: audit(Code.TaskAccepted, price), accept: { price, timeoutSeconds, plan: interpretation.plan }, question: null,
      });
      if (result.outcome === 'insufficient') throw this.insufficient(price);
      if (result.outcome !== 'ok') throw this.turnConflict(taskId);
      baseSeq = result.baseSeq;
    } else {
      const balance = await this.repository.insertAccepted(
        { id: taskId, accountId, agentId: agent.descriptor.id, parentTaskId: meta.parentTaskId ?? null, traceId: base.traceId, turns, extra, reasoning, events, audit: audit(Code.TaskAccepted, price) },
        price,
        timeoutSeconds,
        interpretation.plan,
      );
      if (balance === null) throw this.insufficient(price);
    }
    this.recorded(meta, taskId);
    this.dispatch(taskId);
    return { task: accepted, baseSeq, price };
  }

  /** Starts the task here at once and records its durable job as the backstop. */
  private dispatch(taskId: string): void {
    if (this.config.workerEnabled) {
      void this.runner.run(taskId).catch((error: Error) => this.logger.error(`Inline run of ${taskId} failed: ${error.message}`));
    }
    void this.queue
      .enqueue(taskId, this.config.workerEnabled ? this.config.leaseSeconds : 0)
      .catch((error: Error) => this.logger.warn(`Enqueueing ${taskId} failed (the recovery sweep will pick it up): ${error.message}`));
  }

  /**
   * Waits up to `RUN_WAIT_MS` for the turn to end (terminal, or waiting for someone) and answers
   * the envelope of where it got; a task still running answers TASK_ACCEPTED.
   */
  async settle(turn: StartedTurn): Promise<Envelope<TaskView>> {
    if (STREAM_STOP_CODES.has(turn.task.code)) return taskEnvelope(turn.task, { creditsUsed: turn.price });
    const code = await this.events.waitFor(turn.task.id, turn.task.code, this.config.runWaitMs);
    if (code === null) return taskEnvelope(turn.task, { creditsUsed: turn.price });
    const row = await this.repository.findById(turn.task.id);
    if (!row) return taskEnvelope(turn.task, { creditsUsed: turn.price });
    return taskEnvelope(taskState(row), { creditsUsed: row.refunded ? 0 : turn.price });
  }

  status(task: TaskRow): Envelope<TaskView> {
    return taskEnvelope(taskState(task));
  }

  results(task: TaskRow): Envelope<TaskView> {
    const charged = task.code === Code.TaskCompleted && !task.refunded ? task.price : 0;
    return taskEnvelope(taskState(task), { creditsUsed: charged });
  }

  /**
   * Cancels an unfinished task. A task that had not started running gets its credits back; one
   * already running keeps the charge, since the agent has done work. Cancelling a finished task
   * changes nothing and answers its state.
   */
  async cancel(task: TaskRow, meta: CallMeta, raw: unknown): Promise<Envelope<TaskView>> {
    if (TERMINAL_CODES.has(task.code)) {
      return taskEnvelope(taskState(task), { success: task.code === Code.TaskCancelled || isSuccessCode(task.code) });
    }
    const message = 'Task was cancelled by the caller.';
    const cancelled: TaskState = { ...taskState(task), stage: 'cancelled', code: Code.TaskCancelled, message, content: message, updatedAt: new Date() };
    const result = await this.repository.transition(task.id, {
      owner: null,
      stage: 'cancelled',
      code: Code.TaskCancelled,
      message,
      content: message,
      envelope: taskEnvelope(cancelled, { reasoning: [], success: false }),
      audit: {
        principal: meta.principal.label,
        account_id: task.account_id,
        key_id: meta.principal.keyId,
        agent_id: task.agent_id,
        mode: 'cancel',
        task_id: task.id,
        action: 'api.cancel',
        code: Code.TaskCancelled,
        input_digest: inputDigest(raw),
        outcome: 'success',
        credits: 0,
        trace_id: meta.traceId,
        client_ip: meta.clientIp,
        detail: null,
      },
      refund: true,
      refundIfCodeIn: [Code.TaskAccepted],
    });
    if (!result) {
      const current = await this.repository.findById(task.id);
      return taskEnvelope(taskState(current ?? task));
    }
    this.recorded(meta, task.id);
    this.events.signal(task.id, Code.TaskCancelled);
    this.runner.abortLocal(task.id);
    return taskEnvelope(cancelled, { success: true, reasoning: task.reasoning });
  }

  /** Agent-to-agent: runs `agentId` for the parent's account and trace, within the parent's deadline. */
  async callAgent(parent: TaskRow, agentId: string, request: AgentCallRequest, deadline: Date): Promise<AgentCallResult> {
    const meta: CallMeta = {
      principal: { kind: 'api_key', label: `agent:${parent.agent_id}`, accountId: parent.account_id, keyId: null, scopes: ['agents'], balance: 0 },
      traceId: parent.trace_id,
      clientIp: null,
      parentTaskId: parent.id,
    };
    try {
      const agent = this.resolveAgent(agentId);
      const turn = await this.startTurn(await this.prepareTurn(agent, { text: request.text, extra: request.extra ?? {}, raw: request }, meta));
      const waitMs = Math.min(deadline.getTime() - Date.now(), request.timeoutMs ?? Number.POSITIVE_INFINITY);
      // Returns once the callee is final or waits for someone (a question, an approval).
      const code = await this.events.waitFor(turn.task.id, turn.task.code, waitMs);
      const row = await this.repository.findById(turn.task.id);
      if (code === null || !row) {
        if (row && !TERMINAL_CODES.has(row.code)) await this.cancel(row, meta, { mode: 'cancel', task_id: row.id });
        return { code: Code.Timeout, success: false, message: `Agent "${agentId}" did not answer within the caller's deadline.`, taskId: turn.task.id, content: null };
      }
      const envelope = taskEnvelope(taskState(row));
      return { code: envelope.code, success: envelope.success, message: envelope.message, taskId: row.id, content: row.content };
    } catch (error) {
      if (error instanceof ApiError) return { code: error.code, success: false, message: error.message, taskId: null, content: null };
      throw error;
    }
  }

  private recorded(meta: CallMeta, taskId: string): void {
    if (meta.note) {
      meta.note.recorded = true;
      meta.note.taskId = taskId;
    }
  }

  private insufficient(price: number): ApiError {
    return new ApiError(Code.InsufficientCredits, `This run costs ${price} credits and the account balance is lower.`);
  }

  private turnConflict(taskId: string): ApiError {
    return ApiError.invalid(`Task ${taskId} is no longer waiting for input.`, [{ field: 'task_id', message: 'task is not waiting for input' }]);
  }
}
