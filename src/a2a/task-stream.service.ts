import { Injectable, Logger, type MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';
import { ApiError } from 'src/common/api-error';
import { envelope } from 'src/common/envelope';
import { Code } from 'src/common/error-codes';
import { TaskEventsService } from 'src/tasks/task-events.service';
import { type CallMeta, TasksService } from 'src/tasks/tasks.service';

/** Serves a task's stored and live events to `@Sse` (EventSource, re-attach, Last-Event-ID). */
@Injectable()
export class TaskStreamService {
  private readonly logger = new Logger(TaskStreamService.name);

  constructor(
    private readonly tasks: TasksService,
    private readonly events: TaskEventsService,
  ) {}

  async open(agentId: string, taskId: string, lastEventId: string | undefined, meta: CallMeta): Promise<Observable<MessageEvent>> {
    let after = 0;
    if (lastEventId !== undefined && lastEventId !== '') {
      if (!/^\d{1,9}$/.test(lastEventId)) {
        throw ApiError.invalid('Last-Event-ID must be the id of an event of this stream.', [{ field: 'Last-Event-ID', message: 'must be a non-negative integer' }]);
      }
      after = Number(lastEventId);
    }
    // Checked before the stream opens, so an unknown task gets its 404 envelope.
    await this.tasks.findTask(agentId, taskId, meta.principal.accountId ?? '');
    if (meta.note) meta.note.taskId = taskId;

    return new Observable<MessageEvent>((subscriber) => {
      const stop = new AbortController();
      let last = after;
      void (async () => {
        try {
          for await (const event of this.events.follow(taskId, after, stop.signal)) {
            last = event.seq;
            subscriber.next({ id: String(event.seq), data: event.payload });
          }
        } catch (error) {
          this.logger.error(`Event stream of ${taskId} failed: ${(error as Error).stack ?? String(error)}`);
          const failure = error instanceof ApiError ? error : new ApiError(Code.TaskFailed, `The event stream was interrupted. Quote trace id ${meta.traceId}.`);
          subscriber.next({ id: String(last), data: envelope({ success: false, code: failure.code, message: failure.message, data: null, agent: agentId, traceId: meta.traceId }) });
        }
        if (!stop.signal.aborted) {
          subscriber.next({ type: 'end', id: String(last), data: '[DONE]' });
          subscriber.complete();
        }
      })();
      return () => stop.abort();
    });
  }
}
