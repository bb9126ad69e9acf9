import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ApiError } from 'src/common/api-error';
import { Code } from 'src/common/error-codes';
import type { GatewayRequest } from 'src/common/request-context';
import { AppConfig } from 'src/config/app-config';

interface Bucket {
  tokens: number;
  updated: number;
}

const MAX_BUCKETS = 100_000;

/**
 * Per-credential token bucket: `RATE_LIMIT_PER_MINUTE` requests a minute, with bursts up to a tenth of
 * that (at least 10). Kept in memory, so each gateway process limits on its own; that bounds a
 * runaway client cheaply without a database round trip on every call. Over the limit:
 * RATE_LIMITED (429) with `Retry-After` in seconds.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const perMinute = this.config.rateLimitPerMinute;
    const request = context.switchToHttp().getRequest<GatewayRequest>();
    // Per API key, or per SSO user; the administrator is not limited.
    const principal = request.principal;
    const key = principal?.keyId ?? (principal?.kind === 'sso' ? principal.label : null);
    if (perMinute === 0 || !key) return true;
    const capacity = Math.max(10, Math.ceil(perMinute / 10));
    const refillPerMs = perMinute / 60_000;
    const now = Date.now();
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updated: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerMs);
    bucket.updated = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      throw new ApiError(Code.RateLimited, `Too many requests for this API key; retry in ${retryAfter} s.`, {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    bucket.tokens -= 1;
    // Delete-and-set keeps the map in least-recently-used order, so the oldest buckets go first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value as string);
    return true;
  }
}
