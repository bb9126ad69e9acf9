import type { AgentTurn } from 'src/agents/agent';
import type { Stage } from 'src/common/error-codes';
import type { TaskState } from 'src/tasks/task-view';

/** A `tasks` row as node-postgres returns it from raw SQL. */
export interface TaskRow {
  id: string;
  account_id: string;
  agent_id: string;
  parent_task_id: string | null;
  trace_id: string;
  stage: Stage;
  code: string;
  progress: number;
  message: string | null;
  content: unknown;
  reasoning: string[];
  turns: AgentTurn[];
  extra: Record<string, unknown>;
  plan: unknown;
  price: number;
  refunded: boolean;
  attempts: number;
  lease_owner: string | null;
  lease_until: Date | null;
  cancel_requested: boolean;
  deadline_at: Date | null;
  event_seq: number;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

export function taskState(row: TaskRow): TaskState {
  return {
    id: row.id,
    agentId: row.agent_id,
    traceId: row.trace_id,
    stage: row.stage,
    code: row.code,
    progress: row.progress,
    message: row.message,
    content: row.content,
    reasoning: row.reasoning,
    updatedAt: row.updated_at,
  };
}
