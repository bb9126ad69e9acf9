import type { Stage } from 'src/common/error-codes';

/** A field-level validation problem reported with INVALID_REQUEST. */
export interface FieldErrorBody {
  field: string;
  message: string;
}

/** The task view inside an envelope (`data`) and inside stream frames. */
export interface TaskView {
  task_id: string;
  agent: string;
  stage: Stage;
  code: string;
  progress: number;
  reasoning: string[];
  timestamp: string;
  is_final: boolean;
  content?: unknown;
}

export interface EnvelopeMetadata {
  agent: string | null;
  timestamp: string;
  credits_used: number;
  trace_id: string;
}

/**
 * The response envelope: every JSON response of the Agent API, errors included, has this shape.
 * `code` mirrors `data.code` when there is a task.
 */
export interface Envelope<D = TaskView | Record<string, unknown> | null> {
  success: boolean;
  code: string;
  message: string;
  data: D;
  metadata: EnvelopeMetadata;
  errors: FieldErrorBody[] | null;
}

/** A reasoning or progress frame on a stream. */
export interface StreamFrame {
  event: 'stream';
  data: TaskView;
}

/** UTC timestamp without fractional seconds, as the protocol requires. */
export function protocolTimestamp(date: Date = new Date()): string {
  // Called several times per request: slicing is cheaper than a regular expression.
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function envelope<D>(fields: {
  success: boolean;
  code: string;
  message: string;
  data: D;
  agent: string | null;
  traceId: string;
  creditsUsed?: number;
  errors?: FieldErrorBody[] | null;
}): Envelope<D> {
  return {
    success: fields.success,
    code: fields.code,
    message: fields.message,
    data: fields.data,
    metadata: {
      agent: fields.agent,
      timestamp: protocolTimestamp(),
      credits_used: fields.creditsUsed ?? 0,
      trace_id: fields.traceId,
    },
    errors: fields.errors ?? null,
  };
}
