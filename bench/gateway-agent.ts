import { Injectable, Module } from '@nestjs/common';
import type { AgentRequest, AgentService, Interpretation } from '../src/agents/agent';
import type { AgentModuleRef } from '../src/agents/agents.module';

/** The agent id the gateway benchmark posts to. */
export const BENCH_AGENT_ID = 'bench_accept';

/** The reasoning line the bench agent gives, so the baseline writes the same events. */
export const BENCH_REASONING = 'Accepted for the load benchmark.';

const schema = { type: 'object', properties: { text: { type: 'string' } } };

/**
 * Accepts every request at once with one reasoning line, so a `run` call is all gateway: auth,
 * credits, validation, the accept statement, the queue insert and the envelope. Its `execute` never
 * runs in the benchmark (the node under test accepts only).
 */
@Injectable()
export class BenchAcceptAgent implements AgentService<{ text: string }> {
  readonly descriptor = {
    id: BENCH_AGENT_ID,
    name: 'Bench accept',
    version: '0.0.1',
    description: 'Accepts every request at once; for the gateway load benchmark.',
    inputSchema: schema,
    outputSchema: schema,
    pricePerRun: 1,
  };

  availability() {
    return { available: true as const };
  }

  interpret(request: AgentRequest): Interpretation<{ text: string }> {
    return { kind: 'accept', plan: { text: request.text }, reasoning: [BENCH_REASONING] };
  }

  async execute(plan: { text: string }) {
    return { echo: plan.text };
  }
}

@Module({ providers: [BenchAcceptAgent], exports: [BenchAcceptAgent] })
export class BenchAgentsModule {}

export const BENCH_AGENTS: AgentModuleRef[] = [{ module: BenchAgentsModule, agent: BenchAcceptAgent }];
