import { Injectable } from '@nestjs/common';
import { Db } from 'src/database/db';
import type { AgentTurn } from 'src/agents/agent';
import { type AuditRecord, auditInsertSql } from 'src/audit/audit-record';
import { Code, type Stage } from 'src/common/error-codes';
import { ACCEPT_TASK_SQL, EVENTS_SQL } from 'src/tasks/accept-statement';
import { CHANNEL } from 'src/tasks/task-events.service';
import type { TaskRow } from 'src/tasks/task-row';

/** An event written together with a state change. */
export interface NewEvent {
  kind: 'frame' | 'envelope';
  payload: object;
}

export interface NewTask {
  id: string;
  accountId: string;
  agentId: string;
  parentTaskId: string | null;
  traceId: string;
  turns: AgentTurn[];
  extra: Record<string, unknown>;
  reasoning: string[];
  events: NewEvent[];
  audit: AuditRecord;
}

const TERMINAL_SQL = `('${Code.TaskCompleted}', '${Code.TaskFailed}', '${Code.TaskCancelled}', '${Code.Timeout}')`;

function eventsJson(events: NewEvent[]): string {
  return JSON.stringify(events);
}

/**
 * Every write that changes a task's state. Each is one SQL statement (data-modifying CTEs), so the
 * state, its events, the credit movement and the audit row commit together in one round trip.
 */
@Injectable()
export class TasksRepository {
  constructor(private readonly db: Db) {}

  /**
   * Debits the price and creates the accepted task. Answers the balance after the debit, or null
   * when the balance is short (then nothing was written).
   */
  async insertAccepted(task: NewTask, price: number, timeoutSeconds: number, plan: unknown): Promise<number | null> {
    const rows: { balance: string }[] = await this.db.rows(
      ACCEPT_TASK_SQL,
      [
        task.id,
        task.accountId,
        price,
        task.agentId,
        task.parentTaskId,
        task.traceId,
        JSON.stringify(task.turns),
        JSON.stringify(task.extra),
        JSON.stringify(plan ?? null),
        timeoutSeconds,
        eventsJson(task.events),
        JSON.stringify(task.reasoning),
        JSON.stringify(task.audit),
      ],
    );
    return rows[0] ? Number(rows[0].balance) : null;
  }

  /** Creates a task that waits for the caller's answer; nothing is charged yet. */
  async insertWaiting(task: NewTask, question: string): Promise<void> {
    await this.db.rows(
      `WITH t AS (
         INSERT INTO tasks (id, account_id, agent_id, parent_task_id, trace_id, stage, code, content, turns, extra, event_seq, reasoning)
         VALUES ($1, $2, $3, $4, $5, 'interpreting', '${Code.WaitingUser}', to_json($6::text), $7::jsonb, $8::jsonb,
                 json_array_length($9::json), $10::jsonb)
         RETURNING id, 0 AS base_seq
       ), events AS (${EVENTS_SQL('$9')}
       ), audit AS (${auditInsertSql('$11')})
       SELECT 1`,
      [
        task.id,
        task.accountId,
        task.agentId,
        task.parentTaskId,
        task.traceId,
        question,
        JSON.stringify(task.turns),
        JSON.stringify(task.extra),
        eventsJson(task.events),
        JSON.stringify(task.reasoning),
        JSON.stringify(task.audit),
      ],
    );
  }

  /**
   * Applies the next turn of a task that waits for its caller: asks again (price null) or accepts
   * (price charged now). Runs in one transaction that locks the task, so two answers to the same
   * question cannot both be taken. Answers 'not-waiting', 'insufficient' or the new event base.
   */
  async continueTurn(
    taskId: string,
    accountId: string,
    change: {
      turns: AgentTurn[];
      extra: Record<string, unknown>;
      reasoning: string[];
      events: NewEvent[];
      audit: AuditRecord;
      accept: { price: number; timeoutSeconds: number; plan: unknown } | null;
      question: string | null;
    },
  ): Promise<{ outcome: 'ok'; baseSeq: number } | { outcome: 'not-waiting' | 'insufficient' }> {
    return this.db.transaction(async (sql) => {
      const locked: { event_seq: number; code: string }[] = await sql.rows(
        `SELECT event_seq, code FROM tasks WHERE id = $1 AND account_id = $2 FOR UPDATE`,
        [taskId, accountId],
      );
      if (!locked[0] || locked[0].code !== Code.WaitingUser) return { outcome: 'not-waiting' as const };
      const baseSeq = locked[0].event_seq;
      if (change.accept) {
        const price = change.accept.price;
        const debit: { balance: string }[] = await sql.rows(
          `UPDATE accounts SET balance = balance - $2::bigint WHERE id = $1 AND balance >= $2::bigint RETURNING balance`,
          [accountId, price],
        );
        if (!debit[0]) return { outcome: 'insufficient' as const };
        if (price > 0) {
          await sql.rows(
            `INSERT INTO credit_ledger (account_id, delta, balance_after, reason, task_id)
             SELECT $1, -$2::bigint, $3::bigint, 'run:' || agent_id, id FROM tasks WHERE id = $4`,
            [accountId, price, debit[0].balance, taskId],
          );
        }
      }
      const stage: Stage = change.accept ? 'executing' : 'interpreting';
      await sql.rows(
        `WITH t AS (
           UPDATE tasks SET stage = $2, code = $3, turns = $4::jsonb, extra = $12::jsonb, reasoning = reasoning || $5::jsonb,
                  content = CASE WHEN $6::text IS NULL THEN '""'::json ELSE to_json($6::text) END,
                  plan = $7::jsonb, price = $8::int,
                  deadline_at = CASE WHEN $9::int IS NULL THEN NULL ELSE now() + make_interval(secs => $9::int) END,
                  event_seq = event_seq + json_array_length($10::json), updated_at = now()
            WHERE id = $1
           RETURNING id, event_seq - json_array_length($10::json) AS base_seq
         ), events AS (${EVENTS_SQL('$10')}
         ), audit AS (${auditInsertSql('$11')})
         SELECT 1`,
        [
          taskId,
          stage,
          change.accept ? Code.TaskAccepted : Code.WaitingUser,
          JSON.stringify(change.turns),
          JSON.stringify(change.reasoning),
          change.question,
          JSON.stringify(change.accept?.plan ?? null),
          change.accept?.price ?? 0,
          change.accept?.timeoutSeconds ?? null,
          eventsJson(change.events),
          JSON.stringify(change.audit),
          JSON.stringify(change.extra),
        ],
      );
      return { outcome: 'ok' as const, baseSeq };
    });
  }

  async findForAccount(taskId: string, accountId: string): Promise<TaskRow | null> {
    const rows: TaskRow[] = await this.db.rows(`SELECT * FROM tasks WHERE id = $1 AND account_id = $2`, [taskId, accountId]);
    return rows[0] ?? null;
  }

  async findById(taskId: string): Promise<TaskRow | null> {
    const rows: TaskRow[] = await this.db.rows(`SELECT * FROM tasks WHERE id = $1`, [taskId]);
    return rows[0] ?? null;
  }

  /**
   * Takes the lease on an executing task whose lease is free or expired, counting an attempt.
   * Null when the task is finished or another runner holds a live lease.
   */
  async claim(taskId: string, owner: string, leaseSeconds: number): Promise<TaskRow | null> {
    const rows: TaskRow[] = await this.db.rows(
      `UPDATE tasks SET lease_owner = $2, lease_until = now() + make_interval(secs => $3::int), attempts = attempts + 1
        WHERE id = $1 AND stage = 'executing' AND (lease_until IS NULL OR lease_until < now())
       RETURNING *`,
      [taskId, owner, leaseSeconds],
    );
    return rows[0] ?? null;
  }

  /** Extends a held lease; answers the task's code and cancel flag, or null if the lease was lost. */
  async renewLease(taskId: string, owner: string, leaseSeconds: number): Promise<{ code: string; cancel_requested: boolean } | null> {
    const rows: { code: string; cancel_requested: boolean }[] = await this.db.rows(
      `UPDATE tasks SET lease_until = now() + make_interval(secs => $3::int)
        WHERE id = $1 AND lease_owner = $2 RETURNING code, cancel_requested`,
      [taskId, owner, leaseSeconds],
    );
    return rows[0] ?? null;
  }

  /**
   * Hands back every lease `owner` holds on unfinished tasks (graceful shutdown). The interrupted
   * run was not a failed attempt, so it does not count against the task's attempts.
   */
  async releaseLeases(owner: string): Promise<void> {
    await this.db.rows(
      `UPDATE tasks SET lease_owner = NULL, lease_until = now(), attempts = GREATEST(attempts - 1, 0) WHERE lease_owner = $1 AND stage = 'executing'`,
      [owner],
    );
  }

  async setAttempts(taskId: string, owner: string, attempts: number): Promise<void> {
    await this.db.rows(`UPDATE tasks SET attempts = $3 WHERE id = $1 AND lease_owner = $2`, [taskId, owner, attempts]);
  }

  /**
   * Moves an unfinished task to `code` (running, or a terminal code), writing its envelope event,
   * the audit row and, when `refund`, the refund of its price — all or nothing. `owner` limits the
   * change to the lease holder; null lets anyone (cancel). Null when the task was already final.
   */
  async transition(
    taskId: string,
    change: {
      owner: string | null;
      stage: Stage;
      code: string;
      message: string | null;
      content: unknown;
      envelope: object;
      audit: AuditRecord;
      refund: boolean;
      /** Only when the task is currently in one of these codes (e.g. refund only unstarted tasks). */
      refundIfCodeIn?: string[];
    },
  ): Promise<{ refunded: number; previousCode: string } | null> {
    const terminal = change.stage === 'completed' || change.stage === 'cancelled';
    const rows: { refunded: string | null; previous_code: string }[] = await this.db.rows(
      `WITH prev AS (
         SELECT id, code AS previous_code FROM tasks
          WHERE id = $1 AND code NOT IN ${TERMINAL_SQL} AND ($2::text IS NULL OR lease_owner = $2)
          FOR UPDATE
       ), t AS (
         UPDATE tasks SET stage = $3, code = $4, message = $5, content = $6::json,
                progress = CASE WHEN $4 = '${Code.TaskCompleted}' THEN 100 ELSE progress END,
                finished_at = CASE WHEN $7::boolean THEN now() ELSE NULL END,
                lease_owner = CASE WHEN $7::boolean THEN NULL ELSE lease_owner END,
                lease_until = CASE WHEN $7::boolean THEN NULL ELSE lease_until END,
                cancel_requested = cancel_requested OR $4 = '${Code.TaskCancelled}',
                refunded = refunded OR ($8::boolean AND price > 0 AND (cardinality($11::text[]) = 0 OR prev.previous_code = ANY($11::text[]))),
                event_seq = event_seq + 1, updated_at = now()
           FROM prev WHERE tasks.id = prev.id
         RETURNING tasks.id, tasks.account_id, tasks.agent_id, tasks.price, tasks.event_seq AS seq, prev.previous_code,
                   ($8::boolean AND tasks.price > 0 AND (cardinality($11::text[]) = 0 OR prev.previous_code = ANY($11::text[]))) AS do_refund
       ), refund AS (
         UPDATE accounts SET balance = balance + t.price FROM t WHERE accounts.id = t.account_id AND t.do_refund
         RETURNING accounts.id, accounts.balance, t.price
       ), ledger AS (
         INSERT INTO credit_ledger (account_id, delta, balance_after, reason, task_id)
         SELECT refund.id, refund.price, refund.balance, 'refund:' || lower($4), $1 FROM refund
       ), events AS (
         INSERT INTO task_events (task_id, seq, kind, payload)
         SELECT t.id, t.seq, 'envelope', $9::json FROM t
         RETURNING pg_notify('${CHANNEL}', $1 || ' ' || $4)
       ), audit AS (${auditInsertSql('$10')} WHERE EXISTS (SELECT 1 FROM t))
       SELECT (SELECT price FROM refund) AS refunded, t.previous_code, (SELECT count(*) FROM events) AS n FROM t`,
      [
        taskId,
        change.owner,
        change.stage,
        change.code,
        change.message,
        JSON.stringify(change.content ?? ''),
        terminal,
        change.refund,
        JSON.stringify(change.envelope),
        JSON.stringify(change.audit),
        change.refundIfCodeIn ?? [],
      ],
    );
    const row = rows[0];
    if (!row) return null;
    return { refunded: row.refunded === null ? 0 : Number(row.refunded), previousCode: row.previous_code };
  }

  /** Unfinished tasks whose runner vanished: lease expired, or never taken within the grace period. */
  async findOrphans(graceSeconds: number, limit = 100): Promise<string[]> {
    const rows: { id: string }[] = await this.db.rows(
      `SELECT id FROM tasks
        WHERE stage = 'executing'
          AND (lease_until < now() OR (lease_until IS NULL AND updated_at < now() - make_interval(secs => $1::int)))
        ORDER BY updated_at LIMIT $2`,
      [graceSeconds, limit],
    );
    return rows.map((r) => r.id);
  }
}
