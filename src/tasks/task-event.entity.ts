import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One frame or envelope of a task's stream, numbered per task; backs SSE replay and history. */
@Entity({ name: 'task_events' })
export class TaskEventEntity {
  @PrimaryColumn({ name: 'task_id', type: 'text' })
  taskId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  kind: 'frame' | 'envelope';

  @Column({ type: 'json' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
