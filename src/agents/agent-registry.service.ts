import { Inject, Injectable } from '@nestjs/common';
import { AGENTS, type AgentService } from 'src/agents/agent';

/** Looks agents up by id. The list itself is explicit, in `AgentsModule`. */
@Injectable()
export class AgentRegistry {
  private readonly byId: ReadonlyMap<string, AgentService>;

  constructor(@Inject(AGENTS) agents: AgentService[]) {
    const byId = new Map<string, AgentService>();
    for (const agent of agents) {
      if (byId.has(agent.descriptor.id)) throw new Error(`Two agents claim the id "${agent.descriptor.id}"`);
      byId.set(agent.descriptor.id, agent);
    }
    this.byId = byId;
  }

  get(agentId: string): AgentService | undefined {
    return this.byId.get(agentId);
  }

  list(): AgentService[] {
    return [...this.byId.values()];
  }
}
