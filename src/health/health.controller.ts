import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AgentRegistry } from 'src/agents/agent-registry.service';
import { Public } from 'src/common/public.decorator';

/** Liveness and readiness for orchestrators; public, never audited. */
@ApiTags('Health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly agents: AgentRegistry,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Readiness: the process is up and the database answers' })
  @ApiOkResponse({ description: '`{ "status": "ok", "database": "up", "agents": {...} }`' })
  @ApiResponse({ status: 503, description: 'The database does not answer.' })
  async readiness(@Res({ passthrough: true }) res: Response): Promise<Record<string, unknown>> {
    const agents = Object.fromEntries(this.agents.list().map((a) => [a.descriptor.id, a.availability().available ? 'active' : 'unavailable']));
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok', database: 'up', agents };
    } catch {
      res.status(503);
      return { status: 'unavailable', database: 'down', agents };
    }
  }

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process answers' })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
