/** Lookup keys for place names. Must stay identical to normKey() in scripts/build-gazetteer.mjs. */

const SPECIAL: Record<string, string> = {
  ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't', ŋ: 'ng', ĸ: 'k',
};

/**
 * Lower case, diacritics folded to ASCII, apostrophes and periods dropped, hyphens and runs
 * of whitespace made one space. Null when something other than [a-z0-9 ] is left.
 */
export function normKey(s: string): string | null {
  let t = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(t)) {
    t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    t = t.replace(/[łøæœßđðþıħŀŧŋĸ]/g, (c) => SPECIAL[c]);
    t = t.replace(/[\u2018\u2019\u02bc\u02bb\u0060\u00b4]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  }
  t = t.replace(/['.]/g, '').replace(/[\s-]+/g, ' ').trim();
  if (!t || !/^[a-z0-9 ]+$/.test(t)) return null;
  return t;
}

/** FNV-1a over char codes (the gazetteer file's hash). */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
