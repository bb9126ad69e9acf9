import { Injectable, Module } from '@nestjs/common';
import { AgentError, type AgentContext, type AgentRequest, type AgentService, type Interpretation } from '../../src/agents/agent';
import type { AgentModuleRef } from '../../src/agents/agents.module';
import { sleep } from '../../src/common/sleep';

/** Agents that exist only for the tests: each exercises one behaviour of the gateway. */

const schema = { type: 'object', properties: { text: { type: 'string' } } };
const descriptor = (id: string, extra: Partial<AgentService['descriptor']> = {}): AgentService['descriptor'] => ({
  id,
  name: `Test ${id}`,
  version: '0.0.1',
  description: `Test agent ${id}`,
  inputSchema: schema,
  outputSchema: schema,
  pricePerRun: 1,
  ...extra,
});


/** Answers fast; asks a question for "ask", rejects chit-chat and unknown intents. */
@Injectable()
export class EchoAgent implements AgentService<{ text: string; turns: number }> {
  readonly descriptor = descriptor('echo', {
    example: { text: 'hello', result: { echo: 'hello', turns: 1 } },
  });
  availability() { return { available: true as const }; }
  interpret(request: AgentRequest): Interpretation<{ text: string; turns: number }> {
    const text = [...request.history.filter((t) => t.role === 'user').map((t) => t.text), request.text].join(' / ');
    if (/^hi$|how are you/i.test(request.text)) return { kind: 'reject', code: 'INVALID_REQUEST', message: 'Chit-chat is out of scope.' };
    if (/book a flight/i.test(request.text)) return { kind: 'reject', code: 'INVALID_INTENT', message: 'This agent does not book flights.' };
    if (request.text === 'ask' || (request.history.length > 0 && request.text === 'ask again')) {
      return { kind: 'ask', question: 'Which colour do you mean?', reasoning: ['The request is missing a colour.'] };
    }
    const price = typeof request.extra.price === 'number' ? request.extra.price : undefined;
    return { kind: 'accept', plan: { text, turns: request.history.length / 2 + 1 }, price, reasoning: [`Understood: ${text}`] };
  }
  async execute(plan: { text: string; turns: number }, context: AgentContext) {
    await context.reason('Echoing the text back.');
    await context.progress(50, 'Half way.');
    return { echo: plan.text, turns: plan.turns, option: null };
  }
}

/** Works for `ms` milliseconds in 100 ms steps, honouring cancellation. */
@Injectable()
export class SlowAgent implements AgentService<{ ms: number }> {
  readonly descriptor = descriptor('slow');
  availability() { return { available: true as const }; }
  interpret(request: AgentRequest): Interpretation<{ ms: number }> {
    return { kind: 'accept', plan: { ms: Number(request.extra.ms ?? 3000) } };
  }
  async execute(plan: { ms: number }, context: AgentContext) {
    const steps = Math.ceil(plan.ms / 100);
    for (let i = 0; i < steps; i += 1) {
      context.throwIfAborted();
      await sleep(100, context.signal);
      if (i % 10 === 0) await context.progress(Math.round((i / steps) * 100), `step ${i}`);
    }
    return { slept: plan.ms, pid: process.pid };
  }
}

/** Ignores its signal and overruns its 1-second deadline. */
@Injectable()
export class SleepyAgent implements AgentService<object> {
  readonly descriptor = descriptor('sleepy', { timeoutSeconds: 1 });
  availability() { return { available: true as const }; }
  interpret(): Interpretation<object> { return { kind: 'accept', plan: {} }; }
  async execute() {
    await sleep(4000);
    return { woke: true };
  }
}

const failures = new Map<string, number>();

/** Fails with a transient fault `extra.failures` times, then succeeds. */
@Injectable()
export class FlakyAgent implements AgentService<{ failures: number }> {
  readonly descriptor = descriptor('flaky');
  availability() { return { available: true as const }; }
  interpret(request: AgentRequest): Interpretation<{ failures: number }> {
    return { kind: 'accept', plan: { failures: Number(request.extra.failures ?? 1) } };
  }
  async execute(plan: { failures: number }, context: AgentContext) {
    const seen = failures.get(context.taskId) ?? 0;
    if (seen < plan.failures) {
      failures.set(context.taskId, seen + 1);
      throw new AgentError('TASK_FAILED', 'upstream blinked', { retryable: true });
    }
    return { attempts: seen + 1 };
  }
}

/** Crashes with an unexpected error. */
@Injectable()
export class BrokenAgent implements AgentService<object> {
  readonly descriptor = descriptor('broken');
  availability() { return { available: true as const }; }
  interpret(): Interpretation<object> { return { kind: 'accept', plan: {} }; }
  async execute(): Promise<Record<string, unknown>> {
    throw new TypeError('secret internal detail at /srv/app/broken.ts:42');
  }
}

/** Calls another agent through the gateway and reports what came back. */
@Injectable()
export class CallerAgent implements AgentService<{ target: string; text: string; timeoutMs?: number }> {
  readonly descriptor = descriptor('caller');
  availability() { return { available: true as const }; }
  interpret(request: AgentRequest): Interpretation<{ target: string; text: string; timeoutMs?: number }> {
    const target = typeof request.extra.target === 'string' ? request.extra.target : 'echo';
    const timeoutMs = typeof request.extra.timeout_ms === 'number' ? request.extra.timeout_ms : undefined;
    return { kind: 'accept', plan: { target, text: request.text, timeoutMs } };
  }
  async execute(plan: { target: string; text: string; timeoutMs?: number }, context: AgentContext) {
    const result = await context.callAgent(plan.target, { text: plan.text, extra: {}, timeoutMs: plan.timeoutMs });
    return { callee: plan.target, result: result as unknown as Record<string, unknown>, trace_id: context.traceId };
  }
}

/** Listed but never ready. */
@Injectable()
export class OfflineAgent implements AgentService<object> {
  readonly descriptor = descriptor('offline');
  availability() { return { available: false as const, reason: 'Reference data is not loaded: run npm run sync:data.' }; }
  interpret(): Interpretation<object> { return { kind: 'accept', plan: {} }; }
  async execute() { return {}; }
}

const ALL = [EchoAgent, SlowAgent, SleepyAgent, FlakyAgent, BrokenAgent, CallerAgent, OfflineAgent];

@Module({ providers: ALL, exports: ALL })
export class TestAgentsModule {}

export const TEST_AGENTS: AgentModuleRef[] = ALL.map((agent) => ({ module: TestAgentsModule, agent }));
