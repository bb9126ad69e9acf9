/** Every `code` the Agent API can answer with, as listed in the protocol. */
export const Code = {
  Interpreting: 'INTERPRETING',
  Thinking: 'THINKING',
  WaitingUser: 'WAITING_USER',
  InvalidRequest: 'INVALID_REQUEST',
  Unauthorized: 'UNAUTHORIZED',
  TaskAccepted: 'TASK_ACCEPTED',
  TaskRunning: 'TASK_RUNNING',
  AwaitingApproval: 'AWAITING_APPROVAL',
  TaskCompleted: 'TASK_COMPLETED',
  TaskFailed: 'TASK_FAILED',
  TaskCancelled: 'TASK_CANCELLED',
  InsufficientCredits: 'INSUFFICIENT_CREDITS',
  RateLimited: 'RATE_LIMITED',
  InvalidIntent: 'INVALID_INTENT',
  TargetUnavailable: 'TARGET_UNAVAILABLE',
  Timeout: 'TIMEOUT',
  Ok: 'OK',
} as const;
export type Code = (typeof Code)[keyof typeof Code];

export type Stage = 'interpreting' | 'executing' | 'completed' | 'cancelled';

/** Codes after which a task never changes again. */
export const TERMINAL_CODES: ReadonlySet<string> = new Set([Code.TaskCompleted, Code.TaskFailed, Code.TaskCancelled, Code.Timeout]);

/** Codes at which a stream stops following a task: terminal, or waiting for a person. */
export const STREAM_STOP_CODES: ReadonlySet<string> = new Set([...TERMINAL_CODES, Code.WaitingUser, Code.AwaitingApproval]);

/** The user-facing message for each task state. */
export const DEFAULT_MESSAGES: Record<string, string> = {
  [Code.WaitingUser]: 'The agent needs more information to continue.',
  [Code.TaskAccepted]: 'Task accepted and queued for execution.',
  [Code.TaskRunning]: 'Task is running.',
  [Code.AwaitingApproval]: 'Task is waiting for approval.',
  [Code.TaskCompleted]: 'Task completed successfully.',
  [Code.TaskFailed]: 'Task failed.',
  [Code.TaskCancelled]: 'Task was cancelled.',
  [Code.Timeout]: 'Task exceeded its deadline.',
};
