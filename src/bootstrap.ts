import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApi } from 'src/a2a/openapi';
import { AppModule, type AppOptions } from 'src/app.module';
import { traceMiddleware } from 'src/common/trace.middleware';

/** Builds the configured application (not yet listening); shared by `main.ts` and the e2e tests. */
export async function createApp(options: AppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: process.env.NODE_ENV === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // API answers are not revalidated by clients; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  app.use(traceMiddleware);
  // Our own parser settings: a configured limit, and JSON only; parse errors reach the filter.
  app.useBodyParser('json', { limit: options.config.bodyLimitBytes, strict: true });
  const document = buildOpenApi(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}

export const bootLogger = new Logger('SupplyGate');
