/** PLOVER types in the codebook's order (cooperative first) and a colour for each. */
export const TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const TYPE_COLOR: Record<string, string> = {
  AGREE: '#4e79a7', CONSULT: '#76b7b2', SUPPORT: '#59a14f', CONCEDE: '#8cd17d', COOPERATE: '#499894', AID: '#2f8f5b',
  RETREAT: '#b6992d', REQUEST: '#7aa6d8', ACCUSE: '#e9b949', REJECT: '#f1a35c', THREATEN: '#f28e2b', PROTEST: '#c98bb9',
  SANCTION: '#9c6b98', MOBILIZE: '#9d7660', COERCE: '#ff7f7a', ASSAULT: '#d62728',
};

export const COOPERATIVE = '#1b9e77';
export const CONFLICTUAL = '#d62728';
export const NEUTRAL = '#8a8f98';

/** Colour of a mix of cooperative and conflictual events. */
export function mixColor(cooperative: number, conflictual: number): string {
  if (cooperative === conflictual) return NEUTRAL;
  return cooperative > conflictual ? COOPERATIVE : CONFLICTUAL;
}

export function typeColor(type: string): string {
  return TYPE_COLOR[type] ?? NEUTRAL;
}
