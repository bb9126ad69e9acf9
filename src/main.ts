import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { bootLogger, createApp } from 'src/bootstrap';
import { AppConfig, ConfigError } from 'src/config/app-config';
import { runMigrations } from 'src/database/data-source';
import { type EmbeddedDatabase, startEmbeddedPostgres } from 'src/database/embedded-postgres';

async function main(): Promise<void> {
  Logger.overrideLogger(process.env.LOG_LEVEL === 'debug' ? ['log', 'error', 'warn', 'debug'] : ['log', 'error', 'warn']);
  const config = new AppConfig(process.env);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
    databaseUrl = embedded.url;
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length > 0) bootLogger.log(`Applied migrations: ${applied.join(', ')}`);
  const app = await createApp({ config, databaseUrl });
  const shutdown = async (signal: string) => {
    bootLogger.log(`${signal} received: draining and stopping`);
    await app.close().catch((error: Error) => bootLogger.error(`Closing failed: ${error.message}`));
    await embedded?.stop().catch((error: Error) => bootLogger.error(`Stopping the embedded database failed: ${error.message}`));
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.listen(config.port);
  bootLogger.log(`SupplyGate listening on port ${config.port} (docs at /docs)`);
  if (!config.adminToken) bootLogger.warn('ADMIN_TOKEN is not set: the administration routes are disabled (the admin CLI still works).');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    bootLogger.error(error.message);
  } else {
    bootLogger.error(`Start-up failed: ${(error as Error)?.stack ?? String(error)}`);
  }
  process.exit(1);
});
