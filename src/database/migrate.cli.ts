import 'reflect-metadata';
import { AppConfig, ConfigError } from 'src/config/app-config';
import { runMigrations } from 'src/database/data-source';
import { resolveDatabase } from 'src/database/resolve-database';

/**
 * `npm run migration:run`: applies pending migrations to DATABASE_URL (or the embedded server of
 * this checkout). The gateway also applies them at start; this is for deploy pipelines that migrate
 * before rolling out.
 */
async function main(): Promise<void> {
  const config = new AppConfig(process.env);
  const database = await resolveDatabase(config);
  try {
    const applied = await runMigrations(database.url);
    process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply: the schema is up to date.\n');
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error))}\n`);
  process.exitCode = 1;
});
