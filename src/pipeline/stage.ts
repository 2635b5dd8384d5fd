import type { Doc, Layer, Message, Severity } from '../model/doc.js';

/** What a stage may do besides changing its own layer: report messages. */
export interface StageContext {
  report(message: Omit<Message, 'severity'> & { severity?: Severity }): void;
}

/**
 * A pipeline stage: a small typed contract. `requires` must be provided by an earlier
 * stage (checked when the pipeline is built); `run` fills the layers in `provides`.
 * Stages are synchronous and made by factories that build their lookup tables once.
 */
export interface Stage {
  name: string;
  requires: Layer[];
  provides: Layer[];
  run(doc: Doc, ctx: StageContext): void;
}
