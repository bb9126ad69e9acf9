import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Stage } from 'src/common/error-codes';
import type { AgentTurn } from 'src/agents/agent';

/** A task: one request to one agent, from interpretation to its terminal state. */
@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'agent_id', type: 'text' })
  agentId: string;

  @Column({ name: 'parent_task_id', type: 'text', nullable: true })
  parentTaskId: string | null;

  @Column({ name: 'trace_id', type: 'text' })
  traceId: string;

  @Column({ type: 'text' })
  stage: Stage;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'smallint' })
  progress: number;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'json' })
  content: unknown;

  /** Reasoning lines emitted so far, in order; status answers carry them. */
  @Column({ type: 'jsonb' })
  reasoning: string[];

  @Column({ type: 'jsonb' })
  turns: AgentTurn[];

  @Column({ type: 'jsonb' })
  extra: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  plan: unknown;

  @Column({ type: 'integer' })
  price: number;

  @Column({ type: 'boolean' })
  refunded: boolean;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'lease_owner', type: 'text', nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'cancel_requested', type: 'boolean' })
  cancelRequested: boolean;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ name: 'event_seq', type: 'integer' })
  eventSeq: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
