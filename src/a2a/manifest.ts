import type { AgentService, JsonSchema } from 'src/agents/agent';

/** The manifest as the protocol publishes it. */
export interface AgentManifest {
  agent_id: string;
  name: string;
  version: string;
  description: string;
  status: 'active' | 'unavailable';
  status_reason?: string;
  capabilities: string[];
  protocol: { streaming: boolean; endpoints: { manifest: string; run: string }; methods: string[] };
  protocol_version: string;
  input_schema: JsonSchema;
  output_schema: JsonSchema;
  pricing: { unit: 'credits'; per_run: number };
}

export function manifestOf(agent: AgentService): AgentManifest {
  const d = agent.descriptor;
  const availability = agent.availability();
  return {
    agent_id: d.id,
    name: d.name,
    version: d.version,
    description: d.description,
    status: availability.available ? 'active' : 'unavailable',
    ...(availability.available ? {} : { status_reason: availability.reason }),
    capabilities: ['run', 'status', 'results', 'cancel'],
    protocol: { streaming: true, endpoints: { manifest: '/manifest', run: '/run' }, methods: ['GET', 'POST'] },
    protocol_version: '1.0',
    input_schema: d.inputSchema,
    output_schema: d.outputSchema,
    pricing: { unit: 'credits', per_run: d.pricePerRun },
  };
}
