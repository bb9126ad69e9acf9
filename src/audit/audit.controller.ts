import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditQueryDto } from 'src/audit/audit-query.dto';
import { AuditService } from 'src/audit/audit.service';
import { toCsv } from 'src/audit/audit-csv';
import { Meta } from 'src/common/call-meta.decorator';
import { envelope } from 'src/common/envelope';
import { EnvelopeDto } from 'src/common/envelope.dto';
import { Code } from 'src/common/error-codes';
import { KeyAuth } from 'src/common/public.decorator';
import type { GatewayResponse } from 'src/common/request-context';
import type { CallMeta } from 'src/tasks/tasks.service';

/** The account's audit trail, for its compliance officers (keys with the `audit` scope). */
@ApiTags('Audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @KeyAuth('audit')
  @ApiOperation({ summary: "Read or export the account's audit trail (newest first, paginated)" })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: EnvelopeDto, description: '`data` is `{ items: [...], next_cursor }`; with `format=csv`, a CSV file of the page.' })
  async list(@Query() query: AuditQueryDto, @Meta() meta: CallMeta, @Res({ passthrough: true }) res: GatewayResponse): Promise<unknown> {
    const page = await this.audit.list(meta.principal.accountId ?? '', query);
    if (query.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="audit.csv"');
      if (page.next_cursor) res.setHeader('X-Next-Cursor', page.next_cursor);
      return toCsv(page.items);
    }
    return envelope({ success: true, code: Code.Ok, message: `${page.items.length} audit rows.`, data: page, agent: null, traceId: meta.traceId });
  }
}
