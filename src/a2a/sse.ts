import type { Response } from 'express';

/** The protocol's end of stream: `event: end`, `data: [DONE]`, blank line. */
export const END_FRAME = 'event: end\ndata: [DONE]\n\n';
const KEEP_ALIVE = ': keep-alive\n\n';
const KEEP_ALIVE_MS = 15_000;

/** One event: a single `data:` line of single-line JSON and a blank line. */
export function dataFrame(payload: unknown): string {
  // JSON.stringify never emits raw newlines, so one line is guaranteed.
  return `data: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Writes `events` as an event stream, flushing each frame, then the end frame. Comment lines are
 * sent only to clients that asked for `text/event-stream` (others treat them as data). Stops when
 * the client goes away.
 */
export async function writeEventStream(
  res: Response,
  events: AsyncIterable<unknown>,
  options: { keepAlive: boolean; headers?: Record<string, string>; onClose: () => void },
): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
  res.flushHeaders();
  res.socket?.setNoDelay(true);
  res.on('close', options.onClose);
  const timer = options.keepAlive ? setInterval(() => res.write(KEEP_ALIVE), KEEP_ALIVE_MS) : null;
  try {
    for await (const event of events) {
      if (res.writableEnded || res.destroyed) return;
      res.write(dataFrame(event));
    }
    if (!res.writableEnded && !res.destroyed) res.write(END_FRAME);
  } finally {
    if (timer) clearInterval(timer);
    if (!res.writableEnded) res.end();
  }
}
