import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { AgentOptions } from 'src/a2a/agent-options.decorator';
import { A2aService } from 'src/a2a/a2a.service';
import { CreditsGuard } from 'src/a2a/credits.guard';
import type { AgentManifest } from 'src/a2a/manifest';
import { RunRequestDto } from 'src/a2a/run-request.dto';
import { sendReply } from 'src/a2a/send-reply';
import { TaskStreamService } from 'src/a2a/task-stream.service';
import { Meta } from 'src/common/call-meta.decorator';
import { EnvelopeDto, ErrorEnvelopeDto } from 'src/common/envelope.dto';
import { KeyAuth } from 'src/common/public.decorator';
import type { GatewayRequest, GatewayResponse } from 'src/common/request-context';
import type { CallMeta } from 'src/tasks/tasks.service';
import { AgentListDto, AgentManifestDto } from 'src/a2a/manifest.dto';

/** The Agent API: one controller for every agent. */
@ApiTags('Agent API')
@ApiExtraModels(EnvelopeDto, ErrorEnvelopeDto)
@Controller('api/v1/agents')
export class A2aController {
  constructor(
    private readonly a2a: A2aService,
    private readonly streams: TaskStreamService,
  ) {}

  @Get()
  @KeyAuth('agents')
  @ApiOperation({ summary: 'List agents with their manifests' })
  @ApiOkResponse({ type: AgentListDto })
  list(): { agents: AgentManifest[] } {
    return this.a2a.list();
  }

  @Get(':agentId/manifest')
  @KeyAuth('agents')
  @ApiOperation({ summary: "One agent's manifest" })
  @ApiOkResponse({ type: AgentManifestDto })
  @ApiResponse({ status: 404, description: 'TARGET_UNAVAILABLE: no such agent.', type: ErrorEnvelopeDto })
  manifest(@Param('agentId') agentId: string): AgentManifest {
    return this.a2a.manifest(agentId);
  }

  @Post(':agentId/run')
  @HttpCode(200)
  @KeyAuth('agents')
  @UseGuards(CreditsGuard)
  @ApiOperation({
    summary: 'Run, poll, fetch results of, or cancel a task (switched by mode)',
    description:
      'With `stream: true` the answer is `text/event-stream`: reasoning frames `{"event":"stream","data":{...}}`, state envelopes, ' +
      'and finally `event: end` / `data: [DONE]`. Otherwise one JSON envelope. A fast task may answer its terminal state directly.',
  })
  @ApiBody({ type: RunRequestDto })
  @ApiProduces('application/json', 'text/event-stream')
  @ApiOkResponse({ type: EnvelopeDto, description: 'The envelope (TASK_ACCEPTED, TASK_COMPLETED, WAITING_USER, TASK_RUNNING, ...).' })
  @ApiResponse({ status: 400, description: 'INVALID_REQUEST (with field errors) or INVALID_INTENT.', type: ErrorEnvelopeDto })
  @ApiResponse({ status: 402, description: 'INSUFFICIENT_CREDITS: the balance is below the run price.', type: ErrorEnvelopeDto })
  @ApiResponse({ status: 404, description: 'TARGET_UNAVAILABLE (unknown agent) or INVALID_REQUEST (unknown task_id).', type: ErrorEnvelopeDto })
  @ApiResponse({ status: 500, description: 'TASK_FAILED: unexpected server fault.', type: ErrorEnvelopeDto })
  @ApiResponse({ status: 503, description: 'TARGET_UNAVAILABLE: the agent is not ready (reference data missing).', type: ErrorEnvelopeDto })
  async run(
    @Param('agentId') agentId: string,
    @Body() body: RunRequestDto,
    @AgentOptions() options: Record<string, unknown>,
    @Meta() meta: CallMeta,
    @Req() req: GatewayRequest,
    @Res() res: GatewayResponse,
  ): Promise<void> {
    const closed = new AbortController();
    // Only a client that went away needs its stream stopped; aborting after a finished reply
    // would just build a DOMException per request.
    res.on('close', () => {
      if (!res.writableFinished) closed.abort();
    });
    const reply = await this.a2a.handle(agentId, body, options, meta, closed.signal);
    await sendReply(req, res, reply, closed);
  }

  @Sse(':agentId/tasks/:taskId/events')
  @KeyAuth('agents', { queryToken: true })
  @ApiOperation({
    summary: "A task's events as Server-Sent Events (for EventSource and re-attaching)",
    description:
      'Replays the task from the start, or after `Last-Event-ID`, and follows it until it is terminal or waits for someone. ' +
      'Every event carries `id:` (its sequence number). EventSource cannot send headers, so the key may also be given as `?access_token=`.',
  })
  @ApiResponse({ status: 404, description: 'INVALID_REQUEST: unknown task.', type: ErrorEnvelopeDto })
  async events(
    @Param('agentId') agentId: string,
    @Param('taskId') taskId: string,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Query('last_event_id') lastEventIdQuery: string | undefined,
    @Meta() meta: CallMeta,
  ): Promise<Observable<MessageEvent>> {
    return this.streams.open(agentId, taskId, lastEventId ?? lastEventIdQuery, meta);
  }
}
