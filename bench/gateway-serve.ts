import type { AddressInfo } from 'node:net';
import { createApp } from '../src/bootstrap';
import { AppConfig } from '../src/config/app-config';
import { BENCH_AGENTS } from './gateway-agent';

/**
 * The real gateway with only the bench agent, as its own process (started by `gateway.bench.ts`
 * under ts-node, since Nest DI needs decorator metadata). Configured by the environment; prints
 * `READY <port>` once it listens and stops cleanly on SIGTERM.
 */
async function serve(): Promise<void> {
  const config = new AppConfig(process.env);
  const url = config.databaseUrl;
  if (!url) throw new Error('DATABASE_URL is required');
  const app = await createApp({ config, databaseUrl: url, agents: BENCH_AGENTS });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.stdout.write(`READY ${port}\n`);
  // Exit through process.exit (not the signal) so `--cpu-prof` can write its profile.
  process.once('SIGTERM', () => {
    setTimeout(() => process.exit(0), 3000).unref();
    void app.close().finally(() => process.exit(0));
  });
}

serve().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
