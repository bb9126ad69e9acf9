import type { RunReply } from 'src/a2a/a2a.service';
import { writeEventStream } from 'src/a2a/sse';
import { auditNote, type GatewayRequest, type GatewayResponse } from 'src/common/request-context';

/** Writes a run reply as JSON or as an event stream, noting what the audit row should say. */
export async function sendReply(req: GatewayRequest, res: GatewayResponse, reply: RunReply, closed: AbortController): Promise<void> {
  const note = auditNote(res);
  note.taskId ??= reply.taskId;
  if (reply.kind === 'json') {
    note.code = reply.envelope.code;
    note.credits = reply.credits;
    note.success = reply.envelope.success;
    res.status(200).json(reply.envelope);
    return;
  }
  const accept = req.headers.accept ?? '';
  await writeEventStream(res, noteCodes(reply.events, note), {
    keepAlive: accept.includes('text/event-stream'),
    onClose: () => closed.abort(),
  });
}

/** Passes events through, remembering the last envelope's code for the audit row. */
async function* noteCodes(events: AsyncIterable<unknown>, note: ReturnType<typeof auditNote>): AsyncGenerator<unknown> {
  for await (const event of events) {
    const envelope = event as { code?: unknown; success?: unknown; data?: { task_id?: unknown } | null };
    if (typeof envelope.code === 'string') {
      note.code = envelope.code;
      note.success = envelope.success !== false;
      if (typeof envelope.data?.task_id === 'string') note.taskId ??= envelope.data.task_id;
    }
    yield event;
  }
}
