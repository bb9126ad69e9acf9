import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** `t_` + 26 base-32 characters of 16 random bytes: 128 bits, unguessable and URL-safe. */
export function newTaskId(): string {
  const bytes = randomBytes(16);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return `t_${out}`;
}

export function isTaskId(value: string): boolean {
  return /^t_[0-9a-z]{26}$/.test(value);
}

/** A random 128-bit trace id in the W3C hex form. */
export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}
