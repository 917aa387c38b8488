/**
 * The general reading follows a quoted passage that sends the reader to a section of its page by
 * name ("Choose WOOD or IRON. See *Gate kinds* below.", 请参阅下文的 *门的种类*), as the concept
 * reading does: the section's passages come after it, so "the difference between WOOD and IRON"
 * is answered with what each does, not with the pointer alone. An intro that names the sections
 * it introduces sends the reader nowhere.
 */
import { describe, expect, it } from 'vitest';
import { loadEngineIndex } from '../../src/ask/engine/engine-index.ts';
import { loadGeneralIndex, readGeneral } from '../../src/ask/engine/general.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/garden/add-a-garden-gate';
const ZH = '/partner/zh/garden/add-a-garden-gate';
const data = indexWith(
  madeUpPage(EN, 'Add a garden gate as a gardener', 'en', [
    'A garden gate lets visitors into your garden. This article covers Add a gate and Gate kinds.',
    '',
    '## Add a gate',
    '',
    '1. Select **Add Gate**.',
    '2. Fill in the form:',
    '   * **Gate Type**: Choose WOOD or IRON. See *Gate kinds* below.',
    '   * **Gate Name**: Enter a name.',
    '',
    '## Gate kinds',
    '',
    '* **WOOD** (default): the hinges creak when someone comes in.',
    '* **IRON**: a bell rings when someone comes in.',
  ]),
  madeUpPage(ZH, '以园丁身份添加花园门', 'zh', [
    '花园门让访客进入您的花园。',
    '',
    '## 添加门',
    '',
    '1. 选择 **添加门**。',
    '2. 填写表单：',
    '   * **门类型**：选择 WOOD 或 IRON。请参阅下文的 *门的种类*。',
    '   * **门名称**：输入名称。',
    '',
    '## 门的种类',
    '',
    '* **WOOD**（默认）：有人进来时铰链会吱吱作响。',
    '* **IRON**：有人进来时铃铛会响。',
  ]),
);
const engineIndex = loadEngineIndex(data);
const general = loadGeneralIndex(engineIndex, data.vocabulary);
/** The general reading's answer to a comparison, its bars aside, as one text. */
const generalSays = (question: string, language: 'en' | 'zh', page: string) =>
  readGeneral(engineIndex, general, question, language, { procedure: false, comparison: true, page })
    ?.answer.lines.flatMap((line) => line.sentences)
    .join(' ');

describe('the general reading follows a passage that sends the reader to a section, over a made-up page', () => {
  it('quotes what the section says after the pointer, in either language', () => {
    expect(generalSays('Gate Type: should I choose WOOD or IRON?', 'en', EN)).toMatch(
      /See Gate kinds below[\s\S]*creak[\s\S]*bell rings/,
    );
    expect(generalSays('门类型选择 WOOD 还是 IRON？', 'zh', ZH)).toMatch(/请参阅[\s\S]*吱吱作响[\s\S]*铃铛会响/);
  });

  it('does not follow an intro that names the sections it introduces', () => {
    const says = generalSays('what is a garden gate?', 'en', EN);
    expect(says).toContain('lets visitors into your garden');
    expect(says).not.toContain('creak');
  });
});
