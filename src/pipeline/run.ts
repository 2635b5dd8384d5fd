import type { Doc, Layer, Message, RawArticle } from '../model/doc.js';
import type { Stage, StageContext } from './stage.js';
import { cleanArticle } from '../stages/clean/clean.js';

export interface Pipeline {
  stages: Stage[];
  /** Clean a raw article and run every stage over it. Never throws for bad content. */
  run(raw: RawArticle): Doc;
  /** Run the stages over an already-cleaned Doc. */
  runDoc(doc: Doc): Doc;
}

/** Check that every stage's requirements are provided by an earlier stage, then compose. */
export function buildPipeline(stages: Stage[]): Pipeline {
  const have = new Set<Layer>(['text']);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) {
        throw new Error(`pipeline: stage "${stage.name}" requires "${need}", which no earlier stage provides`);
      }
    }
    for (const layer of stage.provides) have.add(layer);
  }

  function runDoc(doc: Doc): Doc {
    for (const stage of stages) {
      const ctx: StageContext = {
        report(m) {
          doc.messages.push({ severity: 'warning', ...m, ruleId: m.ruleId.includes('/') ? m.ruleId : `${stage.name}/${m.ruleId}` } as Message);
        },
      };
      try {
        stage.run(doc, ctx);
        for (const layer of stage.provides) if (!doc.layers.includes(layer)) doc.layers.push(layer);
      } catch (err) {
        // A throw is a bug in the stage: keep the document, say which stage failed, go on.
        doc.messages.push({
          ruleId: `${stage.name}/crash`,
          reason: `stage ${stage.name} failed: ${(err as Error).stack ?? String(err)}`,
          severity: 'error',
        });
      }
    }
    return doc;
  }

  return {
    stages,
    runDoc,
    run(raw: RawArticle): Doc {
      return runDoc(cleanArticle(raw));
    },
  };
}
