type Fold = (text: string) => string;

/**
 * `any-ascii` is published as an ES module only. Node 20.19+ `require()`s it natively, but Jest's
 * CommonJS registry cannot, and Jest also replaces an imported `node:module` with its own shim; so
 * Node's real `createRequire` is reached through `process.getBuiltinModule`, which works in Nest,
 * tsx and Jest alike. Without the package, Latin diacritics still fold and other scripts pass
 * through unchanged. Shared by the agents: tariff text normalisation and sanctions-name
 * transliteration fold text the same way.
 */
function loadFold(): Fold {
  const getBuiltin = (process as unknown as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  if (getBuiltin) {
    try {
      const nodeModule = getBuiltin('node:module') as { createRequire(path: string): (id: string) => unknown };
      const loaded = nodeModule.createRequire(__filename)('any-ascii') as { default?: Fold } | Fold;
      const fn = typeof loaded === 'function' ? loaded : loaded.default;
      if (typeof fn === 'function') return fn;
    } catch {
      // fall through to the diacritics-only fold
    }
  }
  return (text) => text.normalize('NFKD').replace(/\p{M}/gu, '');
}

export const asciiFold: Fold = loadFold();
