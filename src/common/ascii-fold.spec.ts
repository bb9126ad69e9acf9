import { asciiFold } from 'src/common/ascii-fold';

describe('asciiFold', () => {
  it('transliterates other scripts with any-ascii, not only Latin diacritics, even under Jest', () => {
    expect(asciiFold('Crème brûlée')).toBe('Creme brulee');
    expect(asciiFold('Москва')).toBe('Moskva');
    expect(asciiFold('北京').replace(/\s+/g, '').toLowerCase()).toBe('beijing');
  });
});
