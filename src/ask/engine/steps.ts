/**
 * The numbered steps of a page's procedure and which of them lead to a passage: ranking judges
 * a how-to candidate together with its steps, and a how-to answer walks them.
 */
import type { AskChunk } from '../types.ts';
import type { EngineIndex } from './engine-index.ts';

/** The numbered steps of a procedure, 1 … n, on a page. */
export function stepsUpTo(index: EngineIndex, page: string, section: string, last: number): AskChunk[] {
  return index.chunkList.filter(
    (chunk) => chunk.page === page && chunk.kind === 'step' && chunk.section === section && chunk.step! <= last,
  );
}

/** The step that leads to a passage: its own step, or the step that names its section (菜单参考). */
export function leadingStep(index: EngineIndex, chunk: AskChunk): AskChunk | undefined {
  if (chunk.kind === 'step' || chunk.kind === 'substep') {
    return index.chunkList.find(
      (other) =>
        other.page === chunk.page &&
        other.kind === 'step' &&
        other.section === chunk.section &&
        other.step === chunk.step,
    );
  }
  return index.chunkList.find(
    (other) =>
      other.page === chunk.page &&
      other.kind === 'step' &&
      other.sentences.some((sentence) => sentence.includes(chunk.section)),
  );
}

/** The steps a how-to answer walks before this passage (none when no step leads to it). */
export function pathTo(index: EngineIndex, chunk: AskChunk): AskChunk[] {
  const lead = leadingStep(index, chunk);
  return lead ? stepsUpTo(index, lead.page, lead.section, lead.step!) : [];
}
