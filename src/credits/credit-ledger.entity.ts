import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintNumber = { to: (v: number) => v, from: (v: string) => Number(v) };

/** One movement of credits; rows are never updated or deleted (a trigger enforces it). */
@Entity({ name: 'credit_ledger' })
export class CreditLedgerEntity {
  /** bigint: node-postgres returns it as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  delta: number;

  @Column({ name: 'balance_after', type: 'bigint', transformer: bigintNumber })
  balanceAfter: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'task_id', type: 'text', nullable: true })
  taskId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
