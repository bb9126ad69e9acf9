import { DataSource, type DataSourceOptions } from 'typeorm';
import { AccountEntity } from 'src/accounts/account.entity';
import { ApiKeyEntity } from 'src/auth/api-key.entity';
import { CreditLedgerEntity } from 'src/credits/credit-ledger.entity';
import { TaskEntity } from 'src/tasks/task.entity';
import { TaskEventEntity } from 'src/tasks/task-event.entity';
import { AuditLogEntity } from 'src/audit/audit-log.entity';
import { InitialSchema1763715600000 } from '../../migrations/1763715600000-initial-schema';

export const ENTITIES = [AccountEntity, ApiKeyEntity, CreditLedgerEntity, TaskEntity, TaskEventEntity, AuditLogEntity];

/** Migrations are listed, not globbed, so the same list serves ts-node, jest and the build. */
export const MIGRATIONS = [InitialSchema1763715600000];

/** The one set of options used by the app, the migration CLI and the tests. Never synchronize. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    extra: { max: poolSize, application_name: 'supplygate' },
  };
}

/** Applies pending migrations and returns their names. */
export async function runMigrations(url: string): Promise<string[]> {
  const source = new DataSource(dataSourceOptions(url, 2));
  await source.initialize();
  try {
    const applied = await source.runMigrations();
    return applied.map((m) => m.name);
  } finally {
    await source.destroy();
  }
}
