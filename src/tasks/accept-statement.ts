import { auditInsertSql } from 'src/audit/audit-record';
import { Code } from 'src/common/error-codes';

/*
 * The statement that accepts a task, kept free of Nest so the gateway benchmark's bare baseline
 * runs exactly the same SQL.
 */

/** Inserts `$events` (a json array) numbered after `base_seq` of the `t` CTE. */
export const EVENTS_SQL = (param: string) => `
  INSERT INTO task_events (task_id, seq, kind, payload)
  SELECT t.id, t.base_seq + e.n::int, e.value->>'kind', e.value->'payload'
    FROM t, json_array_elements(${param}::json) WITH ORDINALITY AS e(value, n)`;

/**
 * Debits the price where the balance covers it, inserts the task, its first events, the ledger
 * entry and the audit row — one statement, so it all commits or nothing does. Answers the new
 * balance, or no row when the balance is short. Parameters: $1 task id, $2 account, $3 price,
 * $4 agent, $5 parent task, $6 trace, $7 turns, $8 extra, $9 plan, $10 timeout seconds,
 * $11 events, $12 reasoning, $13 audit record.
 */
export const ACCEPT_TASK_SQL = `WITH debit AS (
         UPDATE accounts SET balance = balance - $3::bigint WHERE id = $2 AND balance >= $3::bigint RETURNING balance
       ), t AS (
         INSERT INTO tasks (id, account_id, agent_id, parent_task_id, trace_id, stage, code, turns, extra, plan, price,
                            deadline_at, event_seq, reasoning)
         SELECT $1, $2, $4, $5, $6, 'executing', '${Code.TaskAccepted}', $7::jsonb, $8::jsonb, $9::jsonb, $3::int,
                now() + make_interval(secs => $10::int), json_array_length($11::json), $12::jsonb
           FROM debit
         RETURNING id, 0 AS base_seq
       ), ledger AS (
         INSERT INTO credit_ledger (account_id, delta, balance_after, reason, task_id)
         SELECT $2, -$3::bigint, balance, 'run:' || $4, $1 FROM debit WHERE $3::bigint > 0
       ), events AS (${EVENTS_SQL('$11')}
       ), audit AS (${auditInsertSql('$13')} WHERE EXISTS (SELECT 1 FROM debit))
       SELECT balance FROM debit`;
