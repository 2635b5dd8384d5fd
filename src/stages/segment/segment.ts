import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token } from '../../model/doc.js';
import type { Stage } from '../../pipeline/stage.js';

export interface SegmentOptions {
  /** Tag parts of speech and lemmas (needed by the events stage). Default true. */
  pos?: boolean;
}

/**
 * Sentences and tokens from wink-nlp (exact sentence splits on news, ~1M tokens/s with POS).
 * Token spans are recovered by scanning the text, so they index `doc.text` exactly.
 * Sentences never cross a paragraph break ("\n\n").
 */
export function segment(options: SegmentOptions = {}): Stage {
  const withPos = options.pos !== false;
  const nlp = winkNLP(model, withPos ? ['sbd', 'pos'] : ['sbd']);
  const its = nlp.its;
  return {
    name: 'segment',
    requires: ['text'],
    provides: ['sentences', 'tokens'],
    run(doc: Doc) {
      const text = doc.text;
      const paragraphs = paragraphSpans(text);
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      paragraphs.forEach((para, pi) => {
        const wd = nlp.readDoc(text.slice(para.start, para.end));
        const values = wd.tokens().out(its.value) as string[];
        const tags = withPos ? (wd.tokens().out(its.pos) as string[]) : [];
        const lemmas = withPos ? (wd.tokens().out(its.lemma as unknown as typeof its.value) as string[]) : [];
        const base = tokens.length;
        let cursor = para.start;
        const local: number[] = []; // wink token index -> our token index (-1 for skipped whitespace)
        for (let i = 0; i < values.length; i++) {
          const v = values[i];
          const at = text.indexOf(v, cursor);
          if (at < 0 || at >= para.end || /^\s+$/.test(v)) {
            local.push(-1);
            continue;
          }
          const norm = v.toLowerCase();
          local.push(tokens.length);
          tokens.push({ start: at, end: at + v.length, norm, pos: tags[i] ?? 'X', lemma: (lemmas[i] ?? norm).toLowerCase() });
          cursor = at + v.length;
        }
        const spans = wd.sentences().out(its.span) as unknown as Array<[number, number]>;
        for (const [first, last] of spans) {
          let f = first;
          let l = last;
          while (f <= l && local[f] < 0) f++;
          while (l >= f && local[l] < 0) l--;
          if (f > l) continue;
          const a = local[f];
          const b = local[l];
          sentences.push({ start: tokens[a].start, end: tokens[b].end, firstToken: a, lastToken: b + 1, paragraph: pi });
        }
        if (base === tokens.length) return;
      });
      doc.tokens = tokens;
      doc.sentences = sentences;
    },
  };
}

/** Paragraphs are separated by blank lines in the cleaned text. */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (;;) {
    const brk = text.indexOf('\n\n', start);
    const end = brk === -1 ? text.length : brk;
    if (end > start) out.push({ start, end });
    if (brk === -1) break;
    start = brk + 2;
  }
  return out;
}
