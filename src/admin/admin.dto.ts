import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, NotEquals } from 'class-validator';

export class CreateAccountDto {
  /** Display name of the customer. */
  @IsString({ message: 'must be a string' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  /** Opening balance in credits. */
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(1_000_000_000)
  credits?: number;
}

export class AccountDto {
  id: string;
  name: string;
  balance: number;
}

export class CreateKeyDto {
  /** A label to recognise the key by (e.g. "ERP production"). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  /** `agents` (run agents) and/or `audit` (read the audit trail); both by default. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(['agents', 'audit'], { each: true, message: 'each scope must be agents or audit' })
  scopes?: ('agents' | 'audit')[];

  /** When the key stops working (ISO 8601); never by default. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 date-time' })
  expires_at?: Date;
}

export class IssuedKeyDto {
  id: string;
  /** The secret. Shown only in this response; store it now. */
  key: string;
  prefix: string;
}

export class GrantCreditsDto {
  /** Credits to add (negative to correct downwards; the balance never goes below zero). */
  @IsInt({ message: 'must be a whole number' })
  @NotEquals(0, { message: 'must not be zero' })
  @Min(-1_000_000_000)
  @Max(1_000_000_000)
  amount: number;

  /** Why, for the ledger. */
  @IsString({ message: 'must be a string' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  reason: string;
}

export class BalanceDto {
  balance: number;
}
