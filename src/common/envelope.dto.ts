import { ApiProperty } from '@nestjs/swagger';

/** OpenAPI shapes of the envelope. The runtime types live in envelope.ts. */
export class FieldErrorDto {
  /** Dotted path of the offending field, e.g. `task_id` or `extra.items[3].text`. */
  field: string;
  message: string;
}

export class EnvelopeMetadataDto {
  @ApiProperty({ type: String, nullable: true, example: 'tariff_classification' })
  agent: string | null;
  /** UTC, `YYYY-MM-DDTHH:MM:SSZ`. */
  timestamp: string;
  /** Credits charged by this call (0 on status; the run's price on results). */
  credits_used: number;
  /** Correlates this call with its audit rows and any agent-to-agent calls. */
  trace_id: string;
}

export class TaskViewDto {
  /** Unguessable task id, scoped to the caller's account. */
  task_id: string;
  agent: string;
  @ApiProperty({ enum: ['interpreting', 'executing', 'completed', 'cancelled'] })
  stage: string;
  code: string;
  /** 0–100. */
  progress: number;
  reasoning: string[];
  timestamp: string;
  is_final: boolean;
  @ApiProperty({
    description: 'A string while in progress, waiting, failed or cancelled; `{ "type": "result", "data": {...} }` when TASK_COMPLETED.',
    oneOf: [{ type: 'string' }, { type: 'object', properties: { type: { type: 'string', enum: ['result'] }, data: { type: 'object' } } }],
  })
  content: unknown;
}

export class EnvelopeDto {
  success: boolean;
  /** Mirrors `data.code` when the response is about a task. */
  code: string;
  /** Safe to show to an end user. */
  message: string;
  @ApiProperty({ type: TaskViewDto, nullable: true })
  data: TaskViewDto | null;
  metadata: EnvelopeMetadataDto;
  @ApiProperty({ type: [FieldErrorDto], nullable: true })
  errors: FieldErrorDto[] | null;
}

export class ErrorEnvelopeDto extends EnvelopeDto {
  @ApiProperty({ example: false })
  declare success: boolean;
  @ApiProperty({
    enum: ['UNAUTHORIZED', 'INVALID_REQUEST', 'INSUFFICIENT_CREDITS', 'RATE_LIMITED', 'TASK_FAILED', 'INVALID_INTENT', 'TARGET_UNAVAILABLE', 'TIMEOUT'],
  })
  declare code: string;
}
