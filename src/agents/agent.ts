/**
 * The contract every SupplyGate agent implements.
 *
 * An agent is plain domain logic behind two calls: `interpret` decides, without side effects and
 * before any credit is taken, whether a request is something the agent will do; `execute` does it.
 * The gateway owns everything else: authentication, credits, persistence, retries, deadlines,
 * cancellation, streaming and the audit trail. Nothing here imports Nest, so an agent can be
 * unit-tested and benchmarked on its own; its Nest module only provides it under {@link AGENTS}.
 */

/** JSON Schema fragment, as published in the manifest. */
export type JsonSchema = Record<string, unknown>;

/** What the manifest says about an agent; the gateway adds the protocol fields. */
export interface AgentDescriptor {
  /** Stable id used in URLs (`/api/v1/agents/{id}/run`), e.g. `tariff_classification`. */
  id: string;
  name: string;
  /** Semantic version of the agent's behaviour. */
  version: string;
  description: string;
  /** JSON Schema of the request: `text` plus the agent's `extra` options. */
  inputSchema: JsonSchema;
  /** JSON Schema of `content.data` in a completed task. */
  outputSchema: JsonSchema;
  /** Credits charged per run, unless `interpret` prices the run itself (batches). */
  pricePerRun: number;
  /** Longest a run may take before it ends as `TIMEOUT`; the gateway default applies when absent. */
  timeoutSeconds?: number;
  /** One example request and the shape of its result, for the OpenAPI docs. */
  example?: { text: string; extra?: Record<string, unknown>; result: Record<string, unknown> };
}

/** Whether the agent can serve now (reference data loaded, dependencies reachable). */
export type AgentAvailability = { available: true } | { available: false; reason: string };

/** A request as the agent sees it. */
export interface AgentRequest {
  /** The caller's text for this turn. */
  text: string;
  /** Agent options: `extra` merged over top-level body keys (a key in `extra` wins). */
  extra: Record<string, unknown>;
  /**
   * Earlier turns of a multi-turn task, oldest first: what the caller wrote and what the agent
   * asked. Empty on the first turn. The agent combines them with `text` as it sees fit.
   */
  history: AgentTurn[];
}

export interface AgentTurn {
  role: 'user' | 'agent';
  text: string;
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The outcome of `interpret`. `plan` must be plain JSON: it is stored with the task and handed to
 * `execute`, possibly in another process after a crash.
 */
export type Interpretation<P = unknown> =
  | {
      kind: 'accept';
      plan: P;
      /** Credits for this run when it differs from the manifest price (e.g. per item in a batch). */
      price?: number;
      /** What the agent understood, shown as reasoning frames. */
      reasoning?: string[];
    }
  | { kind: 'ask'; question: string; reasoning?: string[] }
  | {
      kind: 'reject';
      code: 'INVALID_REQUEST' | 'INVALID_INTENT';
      message: string;
      errors?: FieldError[];
      reasoning?: string[];
    };

/** A call to another agent: its text and options, and an optional shorter wait. */
export interface AgentCallRequest {
  text: string;
  extra?: Record<string, unknown>;
  timeoutMs?: number;
}

/** The result of calling another agent through the gateway. */
export interface AgentCallResult {
  code: string;
  success: boolean;
  message: string;
  taskId: string | null;
  /** `content` of the callee's final envelope: a string, or `{ type: 'result', data }`. */
  content: unknown;
}

/** What `execute` may use while it works. */
export interface AgentContext {
  readonly taskId: string;
  readonly traceId: string;
  /** Aborted when the caller cancels or the deadline passes; long loops should check it. */
  readonly signal: AbortSignal;
  readonly deadline: Date;
  /** Emits a reasoning frame to the task's event stream (persisted, replayable). */
  reason(text: string): Promise<void>;
  /** Reports progress in percent (0–100), with an optional reasoning line. */
  progress(percent: number, text?: string): Promise<void>;
  /** Throws the abort reason when the task was cancelled or ran out of time. */
  throwIfAborted(): void;
  /**
   * Runs another agent under the same account, carrying this task's trace id, and waits for its
   * terminal state within this task's deadline (or `timeoutMs`, if sooner). No answer in time is
   * `TIMEOUT`, and the callee's task is cancelled.
   */
  callAgent(agentId: string, request: AgentCallRequest): Promise<AgentCallResult>;
}

/**
 * An error an agent throws to end a task with a specific code. `retryable` faults (a dependency
 * that blinked) are retried with backoff by the gateway; others end the task at once.
 */
export class AgentError extends Error {
  constructor(
    readonly code: 'TASK_FAILED' | 'INVALID_REQUEST' | 'INVALID_INTENT' | 'TARGET_UNAVAILABLE' | 'TIMEOUT',
    message: string,
    readonly options: { retryable?: boolean; callerFault?: boolean } = {},
  ) {
    super(message);
    this.name = 'AgentError';
  }
}

/** The contract. `P` is the plan `interpret` stores, `R` the `content.data` `execute` returns. */
export interface AgentService<P = unknown, R extends Record<string, unknown> = Record<string, unknown>> {
  readonly descriptor: AgentDescriptor;
  availability(): AgentAvailability;
  interpret(request: AgentRequest): Interpretation<P> | Promise<Interpretation<P>>;
  execute(plan: P, context: AgentContext): Promise<R>;
}

/** Injection token under which `AgentsModule` collects the explicit list of agents. */
export const AGENTS = Symbol('AGENTS');
