import { decodeHTML } from 'entities';

/**
 * HTML (a fragment or Readability's output) -> plain text. Block elements become paragraphs
 * separated by a blank line, <br> a line break; scripts, styles, comments and figure captions
 * are dropped; entities are decoded; runs of spaces collapse.
 */

const DROP = /<(script|style|noscript|template|svg|math|figcaption|button|select|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const BLOCK =
  /<\/?(p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|section|article|header|footer|aside|nav|main|table|thead|tbody|tfoot|tr|td|th|caption|figure|hr|address|details|summary|form|fieldset|center)\b[^>]*>/gi;
const BR = /<br\b[^>]*>/gi;
const TAG = /<\/?[A-Za-z][^>]*>|<![^>]*>|<\?[^>]*>/g;
const PARA = '\u0000';
const LINE = '\u0001';

export function htmlToText(html: string): string {
  if (!html) return '';
  let s = html.replace(CDATA, '$1');
  s = s.replace(COMMENT, '').replace(DROP, '');
  // Source line breaks are spaces in HTML; only <br> and block ends break lines.
  s = s.replace(/\s+/g, ' ');
  s = s.replace(BLOCK, PARA).replace(BR, LINE).replace(TAG, '');
  s = decodeHTML(s);
  const out: string[] = [];
  for (const block of s.split(PARA)) {
    const lines = block
      .split(LINE)
      .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter((l) => l !== '');
    if (lines.length) out.push(lines.join('\n'));
  }
  return out.join('\n\n');
}

/** A short HTML-ish string (title) -> one line of text. */
export function htmlToLine(s: string): string {
  return decodeHTML(s.replace(CDATA, '$1').replace(TAG, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
