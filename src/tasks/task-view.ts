import { type Envelope, envelope, protocolTimestamp, type StreamFrame, type TaskView } from 'src/common/envelope';
import { Code, DEFAULT_MESSAGES, type Stage } from 'src/common/error-codes';

/** The fields of a task that its envelopes and frames show. */
export interface TaskState {
  id: string;
  agentId: string;
  traceId: string;
  stage: Stage;
  code: string;
  progress: number;
  message: string | null;
  content: unknown;
  reasoning: string[];
  updatedAt: Date;
}

/** Failed, timed-out and cancelled tasks answer `success: false`, so clients raise on them. */
export function isSuccessCode(code: string): boolean {
  return code !== Code.TaskFailed && code !== Code.TaskCancelled && code !== Code.Timeout;
}

export function taskView(task: TaskState, isFinal: boolean, reasoning: string[] = task.reasoning): TaskView {
  return {
    task_id: task.id,
    agent: task.agentId,
    stage: task.stage,
    code: task.code,
    progress: task.progress,
    reasoning,
    timestamp: protocolTimestamp(task.updatedAt),
    is_final: isFinal,
    content: task.content,
  };
}

/** The envelope of a task in its current state. */
export function taskEnvelope(
  task: TaskState,
  options: { creditsUsed?: number; success?: boolean; message?: string; reasoning?: string[]; traceId?: string } = {},
): Envelope<TaskView> {
  return envelope({
    success: options.success ?? isSuccessCode(task.code),
    code: task.code,
    message: options.message ?? task.message ?? DEFAULT_MESSAGES[task.code] ?? task.code,
    data: taskView(task, true, options.reasoning ?? task.reasoning),
    agent: task.agentId,
    traceId: options.traceId ?? task.traceId,
    creditsUsed: options.creditsUsed ?? 0,
  });
}

/** A reasoning or progress frame: `{"event":"stream","data":{...}}` with `is_final: false`. */
export function streamFrame(task: Pick<TaskState, 'id' | 'agentId'>, stage: Stage, code: string, progress: number, reasoning: string[]): StreamFrame {
  return {
    event: 'stream',
    data: {
      task_id: task.id,
      agent: task.agentId,
      stage,
      code,
      progress,
      reasoning,
      timestamp: protocolTimestamp(),
      is_final: false,
    },
  };
}
