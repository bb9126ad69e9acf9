import nodeModule from 'node:module';

type Fold = (text: string) => string;

/**
 * `any-ascii` is published as an ES module only. Node 20.19+ `require()`s it natively, but Jest's
 * CommonJS registry cannot, so it is loaded through Node's own `createRequire`, which both see.
 * Without it, Latin diacritics still fold and other scripts pass through unchanged (they will then
 * match nothing, which the agent reports as unrecognised words).
 */
function loadFold(): Fold {
  try {
    const loaded = nodeModule.createRequire(__filename)('any-ascii') as { default?: Fold } | Fold;
    const fn = typeof loaded === 'function' ? loaded : loaded.default;
    if (typeof fn === 'function') return fn;
  } catch {
    // fall through to the diacritics-only fold
  }
  return (text) => text.normalize('NFKD').replace(/\p{M}/gu, '');
}

export const asciiFold: Fold = loadFold();
