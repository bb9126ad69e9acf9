import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { AGENTS, type AgentService } from 'src/agents/agent';
import { AgentRegistry } from 'src/agents/agent-registry.service';
import { DueDiligenceAgent } from 'src/agents/due-diligence/due-diligence.agent';
import { DueDiligenceModule } from 'src/agents/due-diligence/due-diligence.module';
import { TariffClassificationAgent } from 'src/agents/tariff-classification/tariff-classification.agent';
import { TariffClassificationModule } from 'src/agents/tariff-classification/tariff-classification.module';

/** An agent's Nest module and the provider it exports that implements `AgentService`. */
export interface AgentModuleRef {
  module: Type;
  agent: Type<AgentService>;
}

/** The agents this gateway serves: an explicit list, no discovery. */
export const PRODUCTION_AGENTS: AgentModuleRef[] = [
  { module: TariffClassificationModule, agent: TariffClassificationAgent },
  { module: DueDiligenceModule, agent: DueDiligenceAgent },
];

@Module({})
export class AgentsModule {
  static register(agents: AgentModuleRef[] = PRODUCTION_AGENTS): DynamicModule {
    return {
      module: AgentsModule,
      global: true,
      imports: agents.map((ref) => ref.module),
      providers: [
        { provide: AGENTS, useFactory: (...instances: AgentService[]) => instances, inject: agents.map((ref) => ref.agent) },
        AgentRegistry,
      ],
      exports: [AgentRegistry],
    };
  }
}
