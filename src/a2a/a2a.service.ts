import { Injectable, Logger } from '@nestjs/common';
import { AgentRegistry } from 'src/agents/agent-registry.service';
import { ApiError } from 'src/common/api-error';
import { type Envelope, envelope } from 'src/common/envelope';
import { Code } from 'src/common/error-codes';
import { type Mode, type RunRequestDto } from 'src/a2a/run-request.dto';
import { type AgentManifest, manifestOf } from 'src/a2a/manifest';
import { TaskEventsService } from 'src/tasks/task-events.service';
import { type CallMeta, type PreparedTurn, TasksService } from 'src/tasks/tasks.service';

/** A `run` call answers either one JSON envelope or an event stream. */
export type RunReply =
  | { kind: 'json'; envelope: Envelope; taskId: string | null; credits: number }
  | { kind: 'stream'; events: AsyncIterable<unknown>; taskId: string | null };

type TaskMode = Exclude<Mode, 'run' | 'result'>;

/** The Agent API's `mode` switch, and how each mode is answered (JSON or SSE). */
@Injectable()
export class A2aService {
  private readonly logger = new Logger(A2aService.name);

  constructor(
    private readonly agents: AgentRegistry,
    private readonly tasks: TasksService,
    private readonly events: TaskEventsService,
  ) {}

  list(): { agents: AgentManifest[] } {
    return { agents: this.agents.list().map(manifestOf) };
  }

  manifest(agentId: string): AgentManifest {
    const agent = this.agents.get(agentId);
    if (!agent) throw ApiError.unknownAgent(agentId);
    return manifestOf(agent);
  }

  /**
   * Everything before a response starts is checked here, so those errors get their HTTP status;
   * once a stream is open, errors travel in it as a final envelope.
   */
  async handle(agentId: string, body: RunRequestDto, options: Record<string, unknown>, meta: CallMeta, signal: AbortSignal): Promise<RunReply> {
    const mode: Mode = body.mode ?? 'run';
    if (mode === 'run') return this.run(agentId, body, options, meta, signal);
    return this.taskMode(agentId, mode === 'result' ? 'results' : mode, body, meta);
  }

  private async taskMode(agentId: string, mode: TaskMode, body: RunRequestDto, meta: CallMeta): Promise<RunReply> {
    if (!this.agents.get(agentId)) throw ApiError.unknownAgent(agentId);
    if (!body.task_id) throw ApiError.invalid(`"task_id" is required for mode "${mode}".`, [{ field: 'task_id', message: 'is required' }]);
    const accountId = meta.principal.accountId ?? '';
    const task = await this.tasks.findTask(agentId, body.task_id, accountId);
    const reply =
      mode === 'status' ? this.tasks.status(task) : mode === 'results' ? this.tasks.results(task) : await this.tasks.cancel(task, meta, body);
    reply.metadata.trace_id = meta.traceId;
    if (body.stream) return { kind: 'stream', events: once(reply), taskId: task.id };
    return { kind: 'json', envelope: reply, taskId: task.id, credits: reply.metadata.credits_used };
  }

  private async run(agentId: string, body: RunRequestDto, options: Record<string, unknown>, meta: CallMeta, signal: AbortSignal): Promise<RunReply> {
    const agent = this.tasks.resolveAgent(agentId);
    // Agent options may come at top level; a key in `extra` wins.
    const input = { text: body.text, taskId: body.task_id, extra: { ...options, ...(body.extra ?? {}) }, raw: { ...options, ...body } };
    const prepared = await this.tasks.prepareTurn(agent, input, meta);
    if (!body.stream) {
      const turn = await this.tasks.startTurn(prepared);
      const reply = await this.tasks.settle(turn);
      return { kind: 'json', envelope: reply, taskId: turn.task.id, credits: reply.metadata.credits_used };
    }
    return { kind: 'stream', events: this.streamRun(prepared, signal), taskId: body.task_id ?? null };
  }

  private async *streamRun(prepared: PreparedTurn, signal: AbortSignal): AsyncGenerator<unknown> {
    try {
      const turn = await this.tasks.startTurn(prepared);
      for await (const event of this.events.follow(turn.task.id, turn.baseSeq, signal)) yield event.payload;
    } catch (error) {
      yield this.errorEnvelope(error, prepared.agent.descriptor.id, prepared.meta.traceId);
    }
  }

  private errorEnvelope(error: unknown, agentId: string, traceId: string): Envelope {
    if (error instanceof ApiError) {
      return envelope({ success: false, code: error.code, message: error.message, data: null, agent: agentId, traceId, errors: error.options.errors ?? null });
    }
    this.logger.error(`Stream failed: ${(error as Error)?.stack ?? String(error)}`);
    return envelope({
      success: false,
      code: Code.TaskFailed,
      message: `An unexpected error interrupted the stream. Quote trace id ${traceId} when reporting it.`,
      data: null,
      agent: agentId,
      traceId,
    });
  }
}

async function* once(value: unknown): AsyncGenerator<unknown> {
  yield value;
}
