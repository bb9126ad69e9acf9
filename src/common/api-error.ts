import { HttpStatus } from '@nestjs/common';
import { Code } from 'src/common/error-codes';
import type { FieldErrorBody, TaskView } from 'src/common/envelope';

const STATUS: Record<string, number> = {
  [Code.Unauthorized]: HttpStatus.UNAUTHORIZED,
  [Code.InvalidRequest]: HttpStatus.BAD_REQUEST,
  [Code.InsufficientCredits]: HttpStatus.PAYMENT_REQUIRED,
  [Code.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [Code.TaskFailed]: HttpStatus.INTERNAL_SERVER_ERROR,
  [Code.InvalidIntent]: HttpStatus.BAD_REQUEST,
  [Code.TargetUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [Code.Timeout]: HttpStatus.GATEWAY_TIMEOUT,
};

/**
 * The one error type of the API. The exception filter turns it into the envelope; `message` is
 * shown to callers, so it never carries internals.
 */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: Code,
    message: string,
    readonly options: {
      status?: number;
      errors?: FieldErrorBody[];
      agent?: string | null;
      data?: TaskView | null;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = options.status ?? STATUS[code] ?? HttpStatus.BAD_REQUEST;
  }

  static invalid(message: string, errors: FieldErrorBody[] = []): ApiError {
    return new ApiError(Code.InvalidRequest, message, { errors });
  }

  static taskNotFound(): ApiError {
    return new ApiError(Code.InvalidRequest, 'No task with that task_id exists for this account.', {
      status: HttpStatus.NOT_FOUND,
      errors: [{ field: 'task_id', message: 'unknown task' }],
    });
  }

  static unknownAgent(agentId: string): ApiError {
    return new ApiError(Code.TargetUnavailable, `No agent named "${agentId}" is served here.`, {
      status: HttpStatus.NOT_FOUND,
    });
  }
}
