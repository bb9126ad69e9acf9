import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { KNOWN_FIELDS } from 'src/a2a/run-request.dto';

/**
 * The body's top-level keys that are not protocol fields: agent options sent outside `extra`.
 * Read from the raw body because the validation pipe strips unknown keys from the DTO.
 */
export const AgentOptions = createParamDecorator((_: unknown, context: ExecutionContext): Record<string, unknown> => {
  const body: unknown = context.switchToHttp().getRequest<Request>().body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([key]) => !KNOWN_FIELDS.has(key)));
});
