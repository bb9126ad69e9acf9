import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError } from 'src/common/api-error';
import type { FieldErrorBody } from 'src/common/envelope';

function flatten(errors: ValidationError[], parent = ''): FieldErrorBody[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // class-validator prefixes its own messages with the property name; ours do not.
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** One message per field: the first broken rule is the one worth fixing first. */
function firstPerField(errors: FieldErrorBody[]): FieldErrorBody[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.field) && seen.add(error.field));
}

/** The global pipe: whitelist and transform, and INVALID_REQUEST with field errors. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => ApiError.invalid('The request body is not valid.', firstPerField(flatten(errors))),
  });
}
