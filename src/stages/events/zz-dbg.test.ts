import { it } from 'vitest';
import { events } from './index.js';
import { brief, code } from './test-helpers.js';
const stage = events();
it.skipIf(!process.env.S)('dbg', () => {
  const d = code(stage, process.env.S!, JSON.parse(process.env.A!));
  console.log(d.events.map(brief), d.doc.messages?.map((m: any) => m.reason));
});
