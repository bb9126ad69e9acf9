import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { Db } from 'src/database/db';
import { STREAM_STOP_CODES } from 'src/common/error-codes';
import { DATABASE_URL } from 'src/database/database.tokens';

export const CHANNEL = 'supplygate_task_events';
/** Streams re-read the table at least this often, so a lost notification only delays a frame. */
const SAFETY_POLL_MS = 2000;
const PAGE = 200;

export interface StoredEvent {
  seq: number;
  kind: 'frame' | 'envelope';
  payload: Record<string, unknown>;
}

export interface AppendOptions {
  /** New progress of the task, if this event changes it. */
  progress?: number;
  /** Reasoning lines to add to the task's record. */
  reasoning?: string[];
}

/**
 * The ordered event log of each task, and the signal that something was appended to it. Events
 * are rows (so a stream can be replayed or resumed from any point); the signal is a Postgres
 * NOTIFY, so a stream served by one gateway process follows a task run by another.
 */
@Injectable()
export class TaskEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TaskEventsService.name);
  private readonly emitter = new EventEmitter();
  private listener: Client | null = null;
  private closing = false;

  constructor(
    private readonly db: Db,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {
    this.emitter.setMaxListeners(0);
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'supplygate-listener' });
    client.on('notification', (message) => {
      if (!message.payload) return;
      const separator = message.payload.indexOf(' ');
      this.emitter.emit(message.payload.slice(0, separator), message.payload.slice(separator + 1));
    });
    client.on('error', (error) => {
      this.logger.warn(`Event listener connection lost: ${error.message}; reconnecting`);
      this.listener = null;
      setTimeout(() => void this.reconnect(), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private async reconnect(): Promise<void> {
    if (this.closing || this.listener) return;
    try {
      await this.listen();
    } catch (error) {
      this.logger.warn(`Reconnecting the event listener failed: ${(error as Error).message}`);
      setTimeout(() => void this.reconnect(), 2000).unref();
    }
  }

  /** Calls `handler(code)` whenever an event is appended to the task; returns the unsubscribe. */
  subscribe(taskId: string, handler: (code: string) => void): () => void {
    this.emitter.on(taskId, handler);
    return () => this.emitter.off(taskId, handler);
  }

  /** Appends one event and signals it, in one statement that also bumps the task's counters. */
  async append(taskId: string, kind: StoredEvent['kind'], code: string, payload: object, options: AppendOptions = {}): Promise<number> {
    const rows: { seq: number }[] = await this.db.rows(
      `WITH t AS (
         UPDATE tasks SET event_seq = event_seq + 1, updated_at = now(),
                progress = COALESCE($4::smallint, progress),
                reasoning = reasoning || $5::jsonb
          WHERE id = $1 RETURNING id, event_seq)
       INSERT INTO task_events (task_id, seq, kind, payload)
       SELECT id, event_seq, $2, $3::json FROM t
       RETURNING seq, pg_notify('${CHANNEL}', $1 || ' ' || $6)`,
      [taskId, kind, JSON.stringify(payload), options.progress ?? null, JSON.stringify(options.reasoning ?? []), code],
    );
    this.signal(taskId, code);
    return rows[0]?.seq ?? 0;
  }

  /** Wakes local followers at once; other processes hear the NOTIFY. */
  signal(taskId: string, code: string): void {
    this.emitter.emit(taskId, code);
  }

  /**
   * Yields the task's events after `afterSeq`, following live appends, until the latest event is
   * an envelope at which a stream stops (terminal, or waiting for a person), or `signal` aborts.
   */
  async *follow(taskId: string, afterSeq: number, signal: AbortSignal): AsyncGenerator<StoredEvent> {
    let last = afterSeq;
    let pending = false;
    let wake: (() => void) | null = null;
    const unsubscribe = this.subscribe(taskId, () => {
      pending = true;
      wake?.();
    });
    const onAbort = () => wake?.();
    signal.addEventListener('abort', onAbort);
    try {
      while (!signal.aborted) {
        pending = false;
        const rows: StoredEvent[] = await this.db.rows(
          `SELECT seq, kind, payload FROM task_events WHERE task_id = $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE}`,
          [taskId, last],
        );
        for (const row of rows) {
          last = row.seq;
          yield row;
        }
        const tail = rows[rows.length - 1];
        if (rows.length === 0 && !pending && (await this.settled(taskId, last))) return;
        if (rows.length < PAGE && tail?.kind === 'envelope' && STREAM_STOP_CODES.has(String(tail.payload.code))) return;
        if (rows.length === PAGE || pending) continue;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, SAFETY_POLL_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      unsubscribe();
    }
  }

  /** True when the task waits for someone or is final, and every event up to `seq` was delivered. */
  private async settled(taskId: string, seq: number): Promise<boolean> {
    const rows: { code: string; event_seq: number }[] = await this.db.rows(`SELECT code, event_seq FROM tasks WHERE id = $1`, [taskId]);
    return !rows[0] || (STREAM_STOP_CODES.has(rows[0].code) && rows[0].event_seq <= seq);
  }

  /**
   * Resolves with the code once the task reaches a code where streams stop (final, or waiting),
   * or with null after `timeoutMs`. `current` is the code the caller last saw.
   */
  waitFor(taskId: string, current: string, timeoutMs: number): Promise<string | null> {
    if (STREAM_STOP_CODES.has(current)) return Promise.resolve(current);
    if (timeoutMs <= 0) return Promise.resolve(null);
    return new Promise((resolve) => {
      const done = (code: string | null) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(code);
      };
      const unsubscribe = this.subscribe(taskId, (code) => {
        if (STREAM_STOP_CODES.has(code)) done(code);
      });
      const timer = setTimeout(() => done(null), timeoutMs);
      // Close the gap between the caller's read and our subscription.
      void this.db
        .rows<{ code: string }>(`SELECT code FROM tasks WHERE id = $1`, [taskId])
        .then((rows) => {
          if (rows[0] && STREAM_STOP_CODES.has(rows[0].code)) done(rows[0].code);
        })
        .catch(() => undefined);
    });
  }
}
