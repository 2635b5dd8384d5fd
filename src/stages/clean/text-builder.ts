import type { OffsetMap } from '../../model/doc.js';

/**
 * Builds cleaned text while recording where each piece came from in the raw text.
 * `copy` appends raw text unchanged (identity mapping); `put` appends a replacement
 * whose characters all map to the start of the raw range it replaces.
 * Anchors are only recorded where the clean-to-raw shift changes, so a mostly
 * unchanged text has a tiny map.
 */
export class TextBuilder {
  private parts: string[] = [];
  length = 0;
  private clean: number[] = [];
  private raw: number[] = [];
  private lastShift = Number.NaN;

  private anchor(rawPos: number): void {
    const shift = rawPos - this.length;
    if (shift !== this.lastShift) {
      this.clean.push(this.length);
      this.raw.push(rawPos);
      this.lastShift = shift;
    }
  }

  copy(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.anchor(start);
    this.parts.push(start === 0 && end === source.length ? source : source.slice(start, end));
    this.length += end - start;
  }

  put(text: string, rawStart: number): void {
    if (text.length === 0) return;
    // Every char of a replacement maps to rawStart: record an anchor per char only when the
    // replacement is longer than one char (rare: "..." for an ellipsis, "'" for an entity).
    for (let i = 0; i < text.length; i++) {
      this.anchor(rawStart);
      this.parts.push(text[i]);
      this.length += 1;
      this.lastShift = Number.NaN; // force the next piece to anchor
    }
  }

  /** Append another builder's output (its raw positions are already absolute). */
  append(other: TextBuilder): void {
    const base = this.length;
    const { clean, raw } = other;
    const text = other.toString();
    for (let i = 0; i < clean.length; i++) {
      const cleanPos = base + clean[i];
      const shift = raw[i] - cleanPos;
      if (shift !== this.lastShift) {
        this.clean.push(cleanPos);
        this.raw.push(raw[i]);
        this.lastShift = shift;
      }
    }
    this.parts.push(text);
    this.length += text.length;
    this.lastShift = Number.NaN;
  }

  /** The last character appended, or "" when empty. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length) return p[p.length - 1];
    }
    return '';
  }

  toString(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  map(): OffsetMap {
    return { clean: this.clean.slice(), raw: this.raw.slice() };
  }
}
