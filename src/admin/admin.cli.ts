import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AdminActor, AdminService } from 'src/admin/admin.service';
import { ApiKeysService } from 'src/auth/api-keys.service';
import { ApiError } from 'src/common/api-error';
import type { Scope } from 'src/common/public.decorator';
import { AppConfig, ConfigError } from 'src/config/app-config';
import { runMigrations } from 'src/database/data-source';
import { DatabaseModule } from 'src/database/database.module';
import { newTraceId } from 'src/tasks/task-id';
import { resolveDatabase } from 'src/database/resolve-database';

const USAGE = `Usage: npm run admin -- <command> [options]

  create-account --name <name> [--credits <n>]          → { id, name, balance }
  issue-key --account <id> [--name <label>] [--scopes agents,audit] [--expires-at <ISO date>]
                                                        → { id, key, prefix } (the key is shown only now)
  revoke-key --key <key id>
  grant --account <id> --amount <n> --reason <text>     → { balance }

Uses DATABASE_URL, or the embedded PostgreSQL of this checkout.`;

@Module({})
class AdminCliModule {
  static forRoot(url: string): DynamicModule {
    return { module: AdminCliModule, imports: [DatabaseModule.forRoot(url)], providers: [ApiKeysService, AdminService] };
  }
}

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (!value) throw new ConfigError(`--${name}`, 'is required');
  return value;
}

function integer(raw: string, name: string): number {
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(`--${name}`, `must be a whole number, got "${raw}"`);
  return Number(raw);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      name: { type: 'string' },
      credits: { type: 'string' },
      account: { type: 'string' },
      scopes: { type: 'string' },
      'expires-at': { type: 'string' },
      key: { type: 'string' },
      amount: { type: 'string' },
      reason: { type: 'string' },
    },
  });
  const config = new AppConfig(process.env);
  const database = await resolveDatabase(config);
  await runMigrations(database.url);
  const app = await NestFactory.createApplicationContext(AdminCliModule.forRoot(database.url), { logger: ['error'] });
  const admin = app.get(AdminService);
  const actor: AdminActor = { label: 'admin-cli', traceId: newTraceId(), clientIp: null };
  try {
    let result: unknown;
    switch (command) {
      case 'create-account':
        result = await admin.createAccount(required(values, 'name'), integer(values.credits ?? '0', 'credits'), actor);
        break;
      case 'issue-key': {
        const scopes = values.scopes ? (values.scopes.split(',').map((s) => s.trim()) as Scope[]) : undefined;
        if (scopes?.some((s) => s !== 'agents' && s !== 'audit')) throw new ConfigError('--scopes', 'takes agents and/or audit');
        const expires = values['expires-at'] ? new Date(values['expires-at']) : undefined;
        if (expires && Number.isNaN(expires.getTime())) throw new ConfigError('--expires-at', 'must be an ISO 8601 date-time');
        result = await admin.issueKey(required(values, 'account'), { name: values.name, scopes, expiresAt: expires }, actor);
        break;
      }
      case 'revoke-key':
        await admin.revokeKey(required(values, 'key'), actor);
        result = { revoked: values.key };
        break;
      case 'grant':
        result = await admin.grantCredits(required(values, 'account'), integer(required(values, 'amount'), 'amount'), required(values, 'reason'), actor);
        break;
      default:
        throw new ConfigError(command, `is not a command.\n${USAGE}`);
    }
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ApiError || error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error));
  new Logger('admin').error(message);
  process.exitCode = 1;
});
