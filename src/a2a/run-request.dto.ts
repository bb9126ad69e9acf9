import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

export const MODES = ['run', 'status', 'results', 'result', 'cancel'] as const;
export type Mode = (typeof MODES)[number];

/** Body of `POST /api/v1/agents/{agent_id}/run`. Unknown top-level keys are agent options. */
export class RunRequestDto {
  /** `run` (default), `status`, `results` (alias `result`) or `cancel`. */
  @IsOptional()
  @IsIn(MODES, { message: 'must be one of run, status, results, result, cancel' })
  @ApiProperty({ enum: MODES, required: false, default: 'run' })
  mode?: Mode;

  /** The request in natural language; required and non-blank for a new run, the answer on a continued one. */
  @IsOptional()
  @IsString({ message: 'must be a string' })
  @MaxLength(20_000)
  @ApiProperty({ required: false, example: 'Cotton T-shirts for women, 100% cotton, made in Mexico' })
  text?: string | null;

  /** Stream Server-Sent Events instead of one JSON envelope. */
  @IsOptional()
  @IsBoolean({ message: 'must be a boolean' })
  @ApiProperty({ required: false, default: false })
  stream?: boolean;

  /** Required for status, results and cancel; on run, continues a task that waits for an answer. */
  @IsOptional()
  @IsString({ message: 'must be a string' })
  @MaxLength(64)
  @ApiProperty({ required: false, nullable: true, type: String })
  task_id?: string | null;

  /** Agent-specific options; a key here wins over the same key at top level. */
  @IsOptional()
  @IsObject({ message: 'must be a JSON object' })
  @ApiProperty({ required: false, type: Object, additionalProperties: true })
  extra?: Record<string, unknown> | null;
}

export const KNOWN_FIELDS = new Set(['mode', 'text', 'stream', 'task_id', 'extra']);
