import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ApiError } from 'src/common/api-error';
import { envelope } from 'src/common/envelope';
import { Code } from 'src/common/error-codes';
import { auditNote, type GatewayRequest, type GatewayResponse } from 'src/common/request-context';

/** Turns Nest's and Express's own HTTP errors (unknown route, body parser) into API errors. */
function fromHttpException(exception: HttpException): ApiError {
  const status: number = exception.getStatus();
  // Nest re-throws body-parser's SyntaxError (and Express's URIError) as a bare 400.
  if (status === 400 && /JSON|Unexpected|position/i.test(exception.message)) {
    return ApiError.invalid('The request body is not valid JSON.', [{ field: 'body', message: 'malformed JSON' }]);
  }
  if (status === 400) return ApiError.invalid('The request URL or body is malformed.');
  if (status === 404) return new ApiError(Code.InvalidRequest, 'No such route.', { status });
  if (status === 413) return new ApiError(Code.InvalidRequest, 'The request body is larger than the configured limit.', { status, errors: [{ field: 'body', message: 'too large' }] });
  if (status === 415) return new ApiError(Code.InvalidRequest, 'Send the body as application/json.', { status });
  if (status === 405) return new ApiError(Code.InvalidRequest, 'Method not allowed on this route.', { status });
  if (status < 500) return new ApiError(Code.InvalidRequest, 'The request is not valid.', { status });
  return new ApiError(Code.TaskFailed, 'The server could not complete the request.', { status });
}

/** Errors that body-parser raises before Nest routes the request. */
function fromBodyParser(error: { type?: string; status?: number }): ApiError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return ApiError.invalid('The request body is not valid JSON.', [{ field: 'body', message: 'malformed JSON' }]);
    case 'entity.too.large':
      return new ApiError(Code.InvalidRequest, 'The request body is larger than the configured limit.', { status: 413, errors: [{ field: 'body', message: 'too large' }] });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(Code.InvalidRequest, 'The request body uses an unsupported encoding.', { status: 415 });
    case 'request.aborted':
      return ApiError.invalid('The request body was not received in full.');
    default:
      return null;
  }
}

export function toApiError(exception: unknown): { error: ApiError; unexpected: boolean } {
  if (exception instanceof ApiError) return { error: exception, unexpected: exception.code === Code.TaskFailed && exception.status >= 500 };
  if (exception && typeof exception === 'object' && 'type' in exception) {
    const parsed = fromBodyParser(exception as { type?: string });
    if (parsed) return { error: parsed, unexpected: false };
  }
  if (exception instanceof HttpException) return { error: fromHttpException(exception), unexpected: exception.getStatus() >= 500 };
  return { error: new ApiError(Code.TaskFailed, 'An unexpected error occurred.', { status: 500 }), unexpected: true };
}

/**
 * The one place errors become responses: always the envelope, with the trace id, never a stack
 * trace; unexpected faults are logged with their cause. Nothing is written after headers went out.
 */
@Catch()
export class EnvelopeExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<GatewayRequest>();
    const response = http.getResponse<GatewayResponse>();
    const { error, unexpected } = toApiError(exception);
    const traceId = request.traceId ?? 'unknown';
    if (unexpected) {
      this.logger.error(`${request.method} ${request.originalUrl} [trace ${traceId}]: ${(exception as Error)?.stack ?? String(exception)}`);
    }
    if (response.headersSent) {
      if (!response.writableEnded) response.end();
      return;
    }
    const note = auditNote(response);
    note.code = error.code;
    note.success = false;
    const message = unexpected && error.code === Code.TaskFailed ? `${error.message} Quote trace id ${traceId} when reporting it.` : error.message;
    for (const [name, value] of Object.entries(error.options.headers ?? {})) response.setHeader(name, value);
    response.status(error.status).json(
      envelope({
        success: false,
        code: error.code,
        message,
        data: error.options.data ?? null,
        agent: error.options.agent ?? (typeof request.params?.agentId === 'string' ? request.params.agentId : null),
        traceId,
        errors: error.code === Code.InvalidRequest ? (error.options.errors ?? []) : (error.options.errors ?? null),
      }),
    );
  }
}
