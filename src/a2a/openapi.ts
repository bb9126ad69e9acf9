import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AgentRegistry } from 'src/agents/agent-registry.service';
import { envelope, protocolTimestamp } from 'src/common/envelope';
import { Code, DEFAULT_MESSAGES } from 'src/common/error-codes';

type Operation = { requestBody?: { content?: Record<string, { examples?: Record<string, unknown> }> }; responses?: Record<string, { content?: Record<string, { examples?: Record<string, unknown> }> }> };

/**
 * The OpenAPI document. Routes and schemas come from the decorators; the per-agent examples of
 * the shared run route come from the registry, since one route serves every agent.
 */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('SupplyGate Agent API')
    .setDescription(
      'One API for every supply-chain agent: list and manifest, and one run endpoint whose `mode` starts a task, polls it, fetches ' +
        'its results or cancels it. Every JSON answer, errors included, is the envelope. Authenticate with `Authorization: Bearer <API key>`.',
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key issued by the platform administration (sg_...)' }, 'api-key')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The ADMIN_TOKEN of this deployment' }, 'admin-token')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const run = document.paths['/api/v1/agents/{agentId}/run']?.post as Operation | undefined;
  if (!run) return document;
  const requests: Record<string, unknown> = {};
  const responses: Record<string, unknown> = {};
  for (const agent of app.get(AgentRegistry).list()) {
    const d = agent.descriptor;
    if (!d.example) continue;
    requests[d.id] = { summary: `${d.name}: start a run`, value: { mode: 'run', text: d.example.text, stream: false, extra: d.example.extra ?? {} } };
    const now = protocolTimestamp();
    responses[d.id] = {
      summary: `${d.name}: completed`,
      value: envelope({
        success: true,
        code: Code.TaskCompleted,
        message: DEFAULT_MESSAGES[Code.TaskCompleted],
        agent: d.id,
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        creditsUsed: d.pricePerRun,
        data: {
          task_id: 't_01jd0000000000000000000000',
          agent: d.id,
          stage: 'completed',
          code: Code.TaskCompleted,
          progress: 100,
          reasoning: [],
          timestamp: now,
          is_final: true,
          content: { type: 'result', data: d.example.result },
        },
      }),
    };
  }
  requests.status = { summary: 'Poll a task', value: { mode: 'status', task_id: 't_01jd0000000000000000000000' } };
  requests.cancel = { summary: 'Cancel a task', value: { mode: 'cancel', task_id: 't_01jd0000000000000000000000' } };
  const json = run.requestBody?.content?.['application/json'];
  if (json) json.examples = requests;
  const ok = run.responses?.['200']?.content?.['application/json'];
  if (ok) ok.examples = responses;
  return document;
}
