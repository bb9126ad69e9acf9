import { Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Runs SQL and answers its rows. */
export interface Sql {
  rows<T>(text: string, params?: unknown[]): Promise<T[]>;
}

function on(target: Pool | PoolClient): Sql {
  return {
    rows: async <T>(text: string, params: unknown[] = []) => (await target.query(text, params)).rows as T[],
  };
}

/**
 * Raw SQL on the pool TypeORM opened. The hot paths are hand-written statements, and TypeORM's
 * `query()` reshapes UPDATE results, so they go straight to node-postgres on the same pool.
 */
@Injectable()
export class Db implements Sql {
  constructor(private readonly dataSource: DataSource) {}

  private get pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return on(this.pool).rows<T>(text, params);
  }

  /** Runs `work` in one transaction on one connection; any throw rolls it back. */
  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(on(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
