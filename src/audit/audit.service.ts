import { Injectable, Logger } from '@nestjs/common';
import { Db } from 'src/database/db';
import { type AuditRecord, auditInsertSql } from 'src/audit/audit-record';
import type { AuditQueryDto } from 'src/audit/audit-query.dto';

/** A stored row as the read endpoint shows it (the account is the caller's own). */
export interface AuditRow extends Omit<AuditRecord, 'account_id'> {
  id: number;
  at: string;
}

export interface AuditPage {
  items: AuditRow[];
  /** Pass as `cursor` to get the next (older) page; null on the last page. */
  next_cursor: string | null;
}

@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(private readonly db: Db) {}

  /** Writes one row on its own: for reads and refusals, which change nothing else. */
  async record(row: AuditRecord): Promise<void> {
    try {
      await this.db.rows(auditInsertSql('$1'), [JSON.stringify(row)]);
    } catch (error) {
      // The response has already gone out; the failure must at least be loud.
      this.logger.error(`Audit write failed for trace ${row.trace_id}: ${(error as Error).message}`);
    }
  }

  /** The account's rows, newest first, keyset-paginated by id. */
  async list(accountId: string, query: AuditQueryDto): Promise<AuditPage> {
    const where = ['account_id = $1'];
    const params: unknown[] = [accountId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.from) add('at >= ?', query.from);
    if (query.to) add('at < ?', query.to);
    if (query.agent) add('agent_id = ?', query.agent);
    if (query.task_id) add('task_id = ?', query.task_id);
    if (query.code) add('code = ?', query.code);
    if (query.cursor) add('id < ?', query.cursor);
    const limit = query.limit ?? 100;
    params.push(limit + 1);
    const rows: (Omit<AuditRow, 'id' | 'at'> & { id: string; at: Date })[] = await this.db.rows(
      `SELECT id, at, principal, key_id, agent_id, mode, task_id, action, code, input_digest, outcome, credits, trace_id, client_ip, detail
         FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit).map((row) => ({ ...row, id: Number(row.id), at: row.at.toISOString() }));
    return { items: page, next_cursor: rows.length > limit ? String(page[page.length - 1].id) : null };
  }
}
