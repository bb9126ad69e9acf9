import { parseKey } from 'src/auth/api-key-format';

describe('parseKey', () => {
  it('finds the prefix of a well-formed key', () => {
    expect(parseKey(`sg_abcdefgh2345_${'A'.repeat(43)}`)).toEqual({ prefix: 'abcdefgh2345' });
  });

  it.each(['', 'sg_', 'sg_abc_def', `sg_ABCDEFGH2345_${'A'.repeat(43)}`, `sg_abcdefgh2345_${'A'.repeat(42)}`, `xx_abcdefgh2345_${'A'.repeat(43)}`])(
    'rejects %p without a database look-up',
    (token) => {
      expect(parseKey(token)).toBeNull();
    },
  );
});
