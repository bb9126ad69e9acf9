import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AccountDto, BalanceDto, CreateAccountDto, CreateKeyDto, GrantCreditsDto, IssuedKeyDto } from 'src/admin/admin.dto';
import { AdminService } from 'src/admin/admin.service';
import { AdminActorParam } from 'src/admin/admin-actor.decorator';
import type { AdminActor } from 'src/admin/admin.service';
import { ErrorEnvelopeDto } from 'src/common/envelope.dto';
import { AdminAuth } from 'src/common/public.decorator';

/** Platform administration, open only to the `ADMIN_TOKEN` bearer. */
@ApiTags('Administration')
@Controller('api/v1/admin')
@AdminAuth()
@ApiResponse({ status: 400, description: 'INVALID_REQUEST with field errors.', type: ErrorEnvelopeDto })
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Post('accounts')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an account with an opening balance' })
  @ApiResponse({ status: 201, type: AccountDto })
  createAccount(@Body() body: CreateAccountDto, @AdminActorParam() actor: AdminActor): Promise<AccountDto> {
    return this.admin.createAccount(body.name, body.credits ?? 0, actor);
  }

  @Post('accounts/:id/keys')
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue an API key (the secret is shown only in this response)' })
  @ApiResponse({ status: 201, type: IssuedKeyDto })
  @ApiResponse({ status: 404, description: 'INVALID_REQUEST: unknown account.', type: ErrorEnvelopeDto })
  issueKey(@Param('id') accountId: string, @Body() body: CreateKeyDto, @AdminActorParam() actor: AdminActor): Promise<IssuedKeyDto> {
    return this.admin.issueKey(accountId, { name: body.name, scopes: body.scopes, expiresAt: body.expires_at }, actor);
  }

  @Delete('keys/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key' })
  @ApiResponse({ status: 204, description: 'Revoked.' })
  @ApiResponse({ status: 404, description: 'INVALID_REQUEST: unknown key.', type: ErrorEnvelopeDto })
  revokeKey(@Param('id') keyId: string, @AdminActorParam() actor: AdminActor): Promise<void> {
    return this.admin.revokeKey(keyId, actor);
  }

  @Post('accounts/:id/credits')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add credits (or correct downwards) with a ledger entry' })
  @ApiOkResponse({ type: BalanceDto })
  @ApiResponse({ status: 404, description: 'INVALID_REQUEST: unknown account.', type: ErrorEnvelopeDto })
  grantCredits(@Param('id') accountId: string, @Body() body: GrantCreditsDto, @AdminActorParam() actor: AdminActor): Promise<BalanceDto> {
    return this.admin.grantCredits(accountId, body.amount, body.reason, actor);
  }
}
