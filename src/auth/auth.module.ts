import { Module } from '@nestjs/common';
import { ApiKeysService } from 'src/auth/api-keys.service';
import { AuthGuard } from 'src/auth/auth.guard';

@Module({
  providers: [ApiKeysService, AuthGuard],
  exports: [ApiKeysService, AuthGuard],
})
export class AuthModule {}
