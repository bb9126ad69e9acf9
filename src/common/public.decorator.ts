import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from 'src/common/envelope.dto';

export const ACCESS_KEY = 'supplygate:access';

/** Who may call a route. Every route is guarded unless it says `public`. */
export type Access =
  | { kind: 'public' }
  | { kind: 'admin' }
  | { kind: 'key'; scope: Scope; queryToken?: boolean };

export type Scope = 'agents' | 'audit';

/** Opts a route out of authentication (health, docs). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

/**
 * Requires an API key with `scope`, and documents the bearer scheme and the 401 envelope with it.
 * `queryToken` also accepts the key as `?access_token=` for browsers' EventSource, which cannot
 * send headers.
 */
export const KeyAuth = (scope: Scope, options: { queryToken?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'key', scope, queryToken: options.queryToken } satisfies Access),
    ApiBearerAuth('api-key'),
    ApiResponse({ status: 401, description: 'UNAUTHORIZED: missing, unknown, revoked or expired key.', type: ErrorEnvelopeDto }),
  );

/** Requires the platform administration token (`ADMIN_TOKEN`). */
export const AdminAuth = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'admin' } satisfies Access),
    ApiBearerAuth('admin-token'),
    ApiResponse({ status: 401, description: 'UNAUTHORIZED: missing or wrong admin token, or administration disabled.', type: ErrorEnvelopeDto }),
  );
