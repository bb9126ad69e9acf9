import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/bootstrap';
import { AppConfig } from '../../src/config/app-config';
import { TEST_AGENTS } from './test-agents';

/**
 * The gateway with the test agents, as a separate process the tests can kill. Configured by the
 * environment like the real one; prints `READY <port>` once it listens.
 */
async function serve(): Promise<void> {
  const config = new AppConfig(process.env);
  const url = config.databaseUrl;
  if (!url) throw new Error('DATABASE_URL is required');
  const app = await createApp({ config, databaseUrl: url, agents: TEST_AGENTS });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.stdout.write(`READY ${port}\n`);
}

serve().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
