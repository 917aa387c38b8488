/**
 * Whether something still holds after a change is a yes/no question the page answers with "no
 * longer" (不再): the reply says "No." (不能。) first. Without a change named, or asked after an
 * "if" clause about something else, no verdict: a wrong "no" is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { createAskEngine } from '../../src/ask/engine.ts';
import { indexWith, madeUpPage } from '../ask/made-up.ts';

const EN = '/partner/what-would-you-like-to-learn-about/locks/change-the-lock';
const ZH = '/partner/zh/nin-xiang-liao-jie-shen-me/locks/change-the-lock';

const engine = createAskEngine(
  indexWith(
    madeUpPage(EN, 'Change the lock of your shed', 'en', [
      '## Change the lock',
      '',
      'Select **Change lock** to fit a new cylinder to the shed door.',
      '',
      'Hand the new key to everyone who uses the shed, as the previous key will no longer open the door.',
      '',
      '## The padlock',
      '',
      'The padlock on the gate still opens with its own key after you change the lock.',
    ]),
    madeUpPage(ZH, '更换棚屋的锁', 'zh', [
      '## 更换锁',
      '',
      '选择 **更换锁** 为棚屋门装上新的锁芯。',
      '',
      '请把新钥匙交给每位使用棚屋的人，因为先前的钥匙将不再能打开门。',
      '',
      '## 挂锁',
      '',
      '更换锁之后，大门上的挂锁仍然可以用它自己的钥匙打开。',
    ]),
  ),
);

const firstBlock = (question: string, page: string) => engine.ask({ question, page }).answer.split('\n\n')[0];

describe('a question whether something still holds after a change', () => {
  it('is answered no first where the page says it no longer does', () => {
    expect(firstBlock('Will the previous key still open the shed door after I change the lock?', EN)).toBe('No.');
    expect(firstBlock('更换锁后，先前的钥匙还能打开棚屋的门吗？', ZH)).toBe('不能。');
  });

  it('is answered yes first where the page says it still does', () => {
    expect(firstBlock('Does the padlock on the gate still open with its key after I change the lock?', EN)).toBe(
      'Yes.',
    );
  });

  it('gets no verdict when it names no change', () => {
    const reply = engine.ask({ question: 'Will the previous key still open the shed door tomorrow?', page: EN });
    expect(reply.answer).not.toMatch(/^(Yes|No)\./);
  });
});
