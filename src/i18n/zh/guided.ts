/** GUIDED_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./guided.ts). */

const zh = {
  /** The group around a step's widget and its bar. */
  stepInSandbox: (step: number) => `沙盒中的第 ${step} 步`,
  step: (step: number) => `第 ${step} 步`,
  done: '已完成',
  notDone: '未完成',
  showMe: '指给我看',
  /** A precondition, not an error: the step needs an earlier one done first. */
  needsStep: (step: number) => `请先完成第 ${step} 步。`,
  needsLegacyTokens: '这一步需要先启用旧版令牌。',
  catchMeUp: '帮我补上',
  catchingUp: '正在补上…',
  caughtUp: (steps: string, settings: string, api: string, enable: string) =>
    `已为您完成${steps}：打开 ${settings} → ${api}，并选择了 ${enable}。现在轮到您了。`,
  /** "第 1–3 步" or "第 3 步". */
  stepRange: (first: number, last: number) => (first === last ? `第 ${first} 步` : `第 ${first}–${last} 步`),
  alsoOnThisStep: '本步还可以',
  progressLabel: '您的进度',
  progressText: (done: number, total: number) => `已完成 ${done}/${total} 步`,
  stepDone: (step: number) => `第 ${step} 步已完成。`,
  allDone: (total: number) => `全部 ${total} 步都已完成。`,
};

/** The shape every locale must fill: a key missing (or extra) in one is a type error. */
export type GuidedMessages = typeof zh;

export default zh;
