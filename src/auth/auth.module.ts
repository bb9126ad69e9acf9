import { Module } from '@nestjs/common';
import { ApiKeysService } from 'src/auth/api-keys.service';
import { AuthGuard } from 'src/auth/auth.guard';
import { RateLimitGuard } from 'src/auth/rate-limit.guard';

@Module({
  providers: [ApiKeysService, AuthGuard, RateLimitGuard],
  exports: [ApiKeysService, AuthGuard, RateLimitGuard],
})
export class AuthModule {}
