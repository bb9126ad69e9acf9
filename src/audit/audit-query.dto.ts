import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsNumberString, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Filters of the audit trail; all optional, combined with AND. */
export class AuditQueryDto {
  /** Rows at or after this instant (ISO 8601). */
  @IsOptional()
  @IsDateString({}, { message: 'must be an ISO 8601 date-time' })
  from?: string;

  /** Rows before this instant (ISO 8601). */
  @IsOptional()
  @IsDateString({}, { message: 'must be an ISO 8601 date-time' })
  to?: string;

  /** Agent id. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  agent?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  task_id?: string;

  /** Envelope code, e.g. TASK_COMPLETED or UNAUTHORIZED. */
  @IsOptional()
  @Matches(/^[A-Z_]{2,40}$/, { message: 'must be an upper-case code such as TASK_COMPLETED' })
  code?: string;

  /** Page size, 1–1000 (default 100). */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(1000)
  limit?: number;

  /** `next_cursor` of the previous page. */
  @IsOptional()
  @IsNumberString({ no_symbols: true }, { message: 'must be a next_cursor value' })
  cursor?: string;

  /** `json` (default, the envelope) or `csv` (a file for export). */
  @IsOptional()
  @Matches(/^(json|csv)$/, { message: 'must be json or csv' })
  format?: 'json' | 'csv';
}
