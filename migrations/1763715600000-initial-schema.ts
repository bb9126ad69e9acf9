import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, API keys, the credit ledger, tasks with their ordered events, and the audit log.
 * The ledger and the audit log are append-only: a trigger rejects UPDATE and DELETE, so not even
 * a bug in the gateway can rewrite history.
 */
export class InitialSchema1763715600000 implements MigrationInterface {
  name = 'InitialSchema1763715600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        balance bigint NOT NULL DEFAULT 0 CONSTRAINT accounts_balance_not_negative CHECK (balance >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id),
        prefix text NOT NULL UNIQUE,
        key_hash bytea NOT NULL,
        name text,
        scopes text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_keys_account_idx ON api_keys (account_id)`);
    await q.query(`
      CREATE TABLE credit_ledger (
        id bigserial PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        delta bigint NOT NULL CHECK (delta <> 0),
        balance_after bigint NOT NULL CHECK (balance_after >= 0),
        reason text NOT NULL,
        task_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX credit_ledger_account_idx ON credit_ledger (account_id, id)`);
    await q.query(`
      CREATE TABLE tasks (
        id text PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        agent_id text NOT NULL,
        parent_task_id text REFERENCES tasks(id),
        trace_id text NOT NULL,
        stage text NOT NULL CHECK (stage IN ('interpreting', 'executing', 'completed', 'cancelled')),
        code text NOT NULL,
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        message text,
        -- json keeps the agent's key order in answers; nothing queries inside it.
        content json NOT NULL DEFAULT '""'::json,
        reasoning jsonb NOT NULL DEFAULT '[]'::jsonb,
        turns jsonb NOT NULL DEFAULT '[]'::jsonb,
        extra jsonb NOT NULL DEFAULT '{}'::jsonb,
        plan jsonb,
        price integer NOT NULL DEFAULT 0 CHECK (price >= 0),
        refunded boolean NOT NULL DEFAULT false,
        attempts integer NOT NULL DEFAULT 0,
        lease_owner text,
        lease_until timestamptz,
        cancel_requested boolean NOT NULL DEFAULT false,
        deadline_at timestamptz,
        event_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX tasks_account_idx ON tasks (account_id, created_at DESC)`);
    // The recovery sweep looks only at unfinished work.
    await q.query(`CREATE INDEX tasks_executing_idx ON tasks (lease_until) WHERE stage = 'executing'`);
    await q.query(`
      CREATE TABLE task_events (
        task_id text NOT NULL REFERENCES tasks(id),
        seq integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('frame', 'envelope')),
        -- json, not jsonb: the stream replays these bytes, and jsonb would reorder their keys.
        payload json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (task_id, seq)
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        principal text NOT NULL,
        account_id uuid,
        key_id uuid,
        agent_id text,
        mode text,
        task_id text,
        action text NOT NULL,
        code text NOT NULL,
        input_digest text,
        outcome text NOT NULL,
        credits integer NOT NULL DEFAULT 0,
        trace_id text NOT NULL,
        client_ip text,
        detail jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_account_idx ON audit_log (account_id, id)`);
    await q.query(`CREATE INDEX audit_log_task_idx ON audit_log (task_id) WHERE task_id IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION forbid_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['credit_ledger', 'audit_log', 'task_events']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION forbid_history_rewrite()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE task_events`);
    await q.query(`DROP TABLE tasks`);
    await q.query(`DROP TABLE credit_ledger`);
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE accounts`);
    await q.query(`DROP FUNCTION forbid_history_rewrite()`);
  }
}
