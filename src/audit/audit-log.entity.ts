import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One audited fact: an API call or a task transition. Append-only. */
@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  /** bigint: node-postgres returns it as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  principal: string;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ name: 'key_id', type: 'uuid', nullable: true })
  keyId: string | null;

  @Column({ name: 'agent_id', type: 'text', nullable: true })
  agentId: string | null;

  @Column({ type: 'text', nullable: true })
  mode: string | null;

  @Column({ name: 'task_id', type: 'text', nullable: true })
  taskId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'input_digest', type: 'text', nullable: true })
  inputDigest: string | null;

  @Column({ type: 'text' })
  outcome: string;

  @Column({ type: 'integer' })
  credits: number;

  @Column({ name: 'trace_id', type: 'text' })
  traceId: string;

  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp: string | null;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;
}
