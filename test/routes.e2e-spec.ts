import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, SSE_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY, type Access } from '../src/common/public.decorator';
import { startTestApp, type TestApp } from './support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({}, { productionAgents: true });
});

afterAll(async () => {
  await app.close();
});

interface Route {
  method: string;
  path: string;
  access: Access | undefined;
  sse: boolean;
}

/** Every route the application serves, read from the same metadata Nest routes by. */
function routes(): Route[] {
  const found: Route[] = [];
  for (const module of app.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const access = (Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller)) as Access | undefined;
        found.push({ method, path: `/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, ''), access, sse: Reflect.getMetadata(SSE_METADATA, handler) === true });
      }
    }
  }
  return found;
}

describe('default-deny', () => {
  it('guards every route, including @Sse, unless it is explicitly public', () => {
    const all = routes();
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.some((r) => r.sse)).toBe(true);
    for (const route of all) {
      expect({ route: `${route.method} ${route.path}`, declared: route.access !== undefined }).toEqual({ route: `${route.method} ${route.path}`, declared: true });
    }
    const open = all.filter((r) => r.access?.kind === 'public').map((r) => `${r.method} ${r.path}`).sort();
    expect(open).toEqual(['GET /health', 'GET /health/live']);
  });

  it('answers 401 with the envelope on every non-public route without a credential', async () => {
    for (const route of routes().filter((r) => r.access?.kind !== 'public')) {
      const path = route.path.replace(/:agentId/g, 'echo').replace(/:taskId/g, 't_00000000000000000000000000').replace(/:id/g, '00000000-0000-0000-0000-000000000000');
      const res = await fetch(`${app.base}${path}`, {
        method: route.method,
        headers: { 'content-type': 'application/json' },
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
      });
      expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
      expect(await res.json()).toMatchObject({ success: false, code: 'UNAUTHORIZED' });
    }
  });

  it('answers unknown routes with the envelope, not an HTML page', async () => {
    const res = await fetch(`${app.base}/api/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({ success: false, code: 'INVALID_REQUEST' });
  });
});

describe('OpenAPI', () => {
  it('documents every route, the envelope, the errors, the bearer scheme and an example per agent', async () => {
    const res = await fetch(`${app.base}/docs-json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown>; requestBody?: { content: Record<string, { examples?: Record<string, unknown> }> } }>>;
      components: { securitySchemes: Record<string, { scheme: string }>; schemas: Record<string, unknown> };
    };
    for (const route of routes()) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect({ path, documented: Boolean(doc.paths[path]?.[route.method.toLowerCase()]) }).toEqual({ path, documented: true });
    }
    expect(doc.components.securitySchemes['api-key'].scheme).toBe('bearer');
    expect(doc.components.schemas).toHaveProperty('EnvelopeDto');
    expect(doc.components.schemas).toHaveProperty('ErrorEnvelopeDto');
    const run = doc.paths['/api/v1/agents/{agentId}/run'].post;
    expect(run.security).toEqual([{ 'api-key': [] }]);
    expect(Object.keys(run.responses).sort()).toEqual(['200', '400', '401', '402', '404', '500', '503']);
    const examples = run.requestBody?.content['application/json'].examples ?? {};
    expect(Object.keys(examples)).toEqual(expect.arrayContaining(['tariff_classification', 'due_diligence_report', 'echo']));
    const answers = (run.responses['200'] as { content: Record<string, { examples?: Record<string, { value: { code: string; data: { content: { type: string } } } }> }> }).content['application/json'].examples ?? {};
    expect(Object.keys(answers)).toEqual(expect.arrayContaining(['tariff_classification', 'due_diligence_report']));
    expect(answers.tariff_classification.value).toMatchObject({ code: 'TASK_COMPLETED', data: { content: { type: 'result' } } });
    expect((await fetch(`${app.base}/docs`)).status).toBe(200);
  });
});

describe('manifest and health', () => {
  it('lists agents with manifests and their availability', async () => {
    const { key } = await app.account(1);
    const res = await fetch(`${app.base}/api/v1/agents`, { headers: { authorization: `Bearer ${key}` } });
    const body = (await res.json()) as { agents: { agent_id: string; status: string }[] };
    const byId = Object.fromEntries(body.agents.map((a) => [a.agent_id, a]));
    expect(byId.offline.status).toBe('unavailable');
    expect(byId.tariff_classification).toMatchObject({ status: 'active', pricing: { unit: 'credits', per_run: 2 } });
    const manifest = await fetch(`${app.base}/api/v1/agents/tariff_classification/manifest`, { headers: { authorization: `Bearer ${key}` } });
    expect(await manifest.json()).toMatchObject({
      agent_id: 'tariff_classification',
      name: expect.any(String),
      version: expect.any(String),
      description: expect.any(String),
      status: 'active',
      capabilities: ['run', 'status', 'results', 'cancel'],
      protocol: { streaming: true, endpoints: { manifest: '/manifest', run: '/run' }, methods: ['GET', 'POST'] },
      protocol_version: '1.0',
      input_schema: expect.any(Object),
      output_schema: expect.any(Object),
      pricing: { unit: 'credits', per_run: 2 },
    });
    const unknown = await fetch(`${app.base}/api/v1/agents/nope/manifest`, { headers: { authorization: `Bearer ${key}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ success: false, code: 'TARGET_UNAVAILABLE' });
  });

  it('reports readiness with the database and liveness', async () => {
    expect(await (await fetch(`${app.base}/health`)).json()).toMatchObject({ status: 'ok', database: 'up' });
    expect(await (await fetch(`${app.base}/health/live`)).json()).toEqual({ status: 'ok' });
  });
});
