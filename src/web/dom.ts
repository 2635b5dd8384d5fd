/// <reference lib="dom" />
/**
 * The only way this UI makes elements. Children that are strings become text nodes
 * (createTextNode), never markup: article text, titles and names can hold anything.
 * There is no innerHTML anywhere in src/web.
 */

export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

const SAFE_URL = /^(https?:|mailto:|\?|#|\.\/|\/(?!\/))/i;

/** Only http(s), mailto and same-site links become hrefs; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  return SAFE_URL.test(u) ? u : null;
}

function apply(e: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      e.addEventListener(k.replace(/^on/, ''), v);
    } else if (k === 'href') {
      const h = safeHref(String(v));
      if (h) e.setAttribute('href', h);
    } else if (/^on/i.test(k)) {
      throw new Error(`dom: refusing to set an event handler attribute (${k}) from a string`);
    } else {
      e.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function append(e: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** An HTML element: `h('a', {href, class: 'x'}, 'text', child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  apply(e, attrs);
  append(e, children);
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
/** An SVG element; strings become text nodes (e.g. inside <title> or <text>). */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  apply(e, attrs);
  append(e, children);
  return e;
}

export function clear(e: Element): void {
  while (e.firstChild) e.removeChild(e.firstChild);
}

export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
