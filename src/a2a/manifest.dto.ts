import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI shape of a manifest; the runtime type is `AgentManifest`. */
export class AgentManifestDto {
  @ApiProperty({ example: 'tariff_classification' })
  agent_id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ example: '1.0.0' })
  version: string;
  @ApiProperty()
  description: string;
  @ApiProperty({ enum: ['active', 'unavailable'] })
  status: string;
  @ApiProperty({ required: false, description: 'Why the agent is unavailable and how to fix it.' })
  status_reason?: string;
  @ApiProperty({ type: [String], example: ['run', 'status', 'results', 'cancel'] })
  capabilities: string[];
  @ApiProperty({ example: { streaming: true, endpoints: { manifest: '/manifest', run: '/run' }, methods: ['GET', 'POST'] } })
  protocol: Record<string, unknown>;
  @ApiProperty({ example: '1.0' })
  protocol_version: string;
  @ApiProperty({ type: Object, additionalProperties: true, description: 'JSON Schema of text + extra.' })
  input_schema: Record<string, unknown>;
  @ApiProperty({ type: Object, additionalProperties: true, description: 'JSON Schema of content.data.' })
  output_schema: Record<string, unknown>;
  @ApiProperty({ example: { unit: 'credits', per_run: 2 } })
  pricing: Record<string, unknown>;
}

export class AgentListDto {
  @ApiProperty({ type: [AgentManifestDto] })
  agents: AgentManifestDto[];
}
