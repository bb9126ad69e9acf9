import { Server } from 'node:http';
import { Client } from 'pg';

/**
 * Preloaded (`-r`) into both servers of the gateway benchmark: counts every query sent on any
 * node-postgres client of the process (the app's pool, pg-boss, listeners) and every HTTP request,
 * and answers the counts over the IPC channel, so the benchmark can report database round trips
 * per request exactly (and put a CPU profile in per-request terms).
 */
let queries = 0;
let requests = 0;
const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const original = prototype.query;
prototype.query = function countedQuery(this: Client, ...args: unknown[]): unknown {
  queries += 1;
  return original.apply(this, args);
};

const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
Server.prototype.emit = function countedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
  if (event === 'request') requests += 1;
  return emit.call(this, event, ...args);
};

process.on('message', (message: unknown) => {
  if (message === 'counts?') process.send?.({ queries, requests });
});
// The IPC channel must not keep the process alive on its own.
process.channel?.unref();
