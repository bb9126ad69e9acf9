import { Module } from '@nestjs/common';
import { ApiKeysService } from 'src/auth/api-keys.service';
import { AuthGuard } from 'src/auth/auth.guard';
import { RateLimitGuard } from 'src/auth/rate-limit.guard';
import { SsoTokensService } from 'src/auth/sso-tokens.service';

@Module({
  providers: [ApiKeysService, SsoTokensService, AuthGuard, RateLimitGuard],
  exports: [ApiKeysService, AuthGuard, RateLimitGuard],
})
export class AuthModule {}
