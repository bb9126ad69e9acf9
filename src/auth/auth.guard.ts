import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from 'src/common/api-error';
import { Code } from 'src/common/error-codes';
import { ACCESS_KEY, type Access } from 'src/common/public.decorator';
import type { GatewayRequest } from 'src/common/request-context';
import { AppConfig } from 'src/config/app-config';
import { ApiKeysService } from 'src/auth/api-keys.service';
import { SsoTokensService } from 'src/auth/sso-tokens.service';

function unauthorized(message: string): ApiError {
  return new ApiError(Code.Unauthorized, message, { headers: { 'WWW-Authenticate': 'Bearer' } });
}

function sameSecret(a: string, b: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

/**
 * The global guard: default-deny. A route without access metadata is refused, so forgetting a
 * decorator fails closed rather than open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    private readonly sso: SsoTokensService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (access?.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    if (!access) throw unauthorized('This route is not open to any credential.');

    const token = this.bearer(request, access.kind === 'key' && access.queryToken === true);
    if (access.kind === 'admin') {
      if (!this.config.adminToken) throw unauthorized('Platform administration is disabled (ADMIN_TOKEN is not set).');
      if (!token || !sameSecret(token, this.config.adminToken)) throw unauthorized('A valid admin token is required.');
      request.principal = { kind: 'admin', label: 'admin', accountId: null, keyId: null, scopes: [], balance: 0 };
      return true;
    }

    if (!token) throw unauthorized('Send an API key as "Authorization: Bearer <key>".');
    const isJwt = this.sso.enabled && SsoTokensService.looksLikeJwt(token);
    const principal = isJwt ? await this.sso.authenticate(token) : await this.keys.authenticate(token);
    if (!principal) throw unauthorized(isJwt ? 'The SSO token is invalid, expired or not for this account.' : 'The API key is unknown, revoked or expired.');
    request.principal = principal;
    if (!principal.scopes.includes(access.scope)) {
      throw new ApiError(Code.Unauthorized, `This credential lacks the "${access.scope}" scope.`, { status: HttpStatus.FORBIDDEN });
    }
    return true;
  }

  private bearer(request: GatewayRequest, allowQuery: boolean): string | null {
    const header = request.headers.authorization;
    if (typeof header === 'string') {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      return match ? match[1] : null;
    }
    const query = request.query.access_token;
    if (allowQuery && typeof query === 'string' && query.length > 0) return query;
    return null;
  }
}
