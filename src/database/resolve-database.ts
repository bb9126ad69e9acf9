import { Client } from 'pg';
import type { AppConfig } from 'src/config/app-config';
import { embeddedUrl, startEmbeddedPostgres } from 'src/database/embedded-postgres';

/**
 * The database a command-line tool should use: DATABASE_URL, else the embedded server of this
 * checkout (reached if the gateway runs it, started for the duration of the command if not).
 */
export async function resolveDatabase(config: AppConfig): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const running = embeddedUrl(config.embeddedDataDir, config.embeddedPort);
  if (running) {
    const probe = new Client({ connectionString: running, connectionTimeoutMillis: 2000 });
    const reachable = await probe.connect().then(
      () => true,
      () => false,
    );
    await probe.end().catch(() => undefined);
    if (reachable) return { url: running, stop: async () => undefined };
  }
  const started = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
  return started;
}
