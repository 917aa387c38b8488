/** CONSOLE_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./support-console.ts). */
import type { ScenarioName } from '../../contract/index.ts';

interface ScenarioText {
  title: string;
  description: string;
}

const zh = {
  scenarios: {
    new: { title: '新账户', description: '尚未启用旧版令牌：从第 1 步开始。' },
    enabled: { title: '已启用旧版令牌', description: '旧版令牌已启用，尚未重置，API 版本 12。' },
    'after-read-write-reset': {
      title: '读/写令牌刚被重置',
      description: '读/写身份验证令牌刚刚重置：旧值会得到 401。',
    },
    'after-read-only-reset': {
      title: '只读令牌刚被重置',
      description: '只读身份验证令牌刚刚重置：旧值会得到 401。',
    },
    upgraded: {
      title: '已升级 API 版本',
      description: '旧版令牌已启用，API 版本已升级到 15：活动数据带有 DeeplinkDomains。',
    },
    'rate-limited': {
      title: '已达到调用上限',
      description: '本小时 1,000 次调用的上限已用完：每个 API 调用都会得到 429。',
    },
  } satisfies Record<ScenarioName, ScenarioText> as Record<ScenarioName, ScenarioText>,
  scenarioPicker: '从场景开始',
  loadScenario: '载入场景',
  scenarioLoaded: (title: string) => `已载入场景“${title}”。`,
  unknownScenario: (name: string, known: string) => `没有名为“${name}”的场景，沙盒未作任何更改。可用的场景：${known}。`,
  confirmScenarioTitle: (title: string) => `载入场景“${title}”？`,
  confirmReplaces: '您的沙盒已有自己的更改（已启用、重置、升级或创建的内容），载入后这些更改将被替换。',
  keptSandbox: '您的沙盒保持不变。',
  copyShareLink: '复制分享链接',
  shareLink: '分享链接',
  shareIntro: '链接在 # 之后携带整个沙盒的状态；浏览器从不把这一部分发送给服务器。',
  shareCopied: (chars: number) => `分享链接已复制（${chars} 个字符）。在另一个浏览器中打开它，会重现这个沙盒。`,
  shareCopyFailed: '无法复制，请手动选择下面的链接。',
  shareTooLong: (chars: number, limit: number) =>
    `分享链接有 ${chars} 个字符，超过了 ${limit} 个字符的上限。请先清空请求日志再试。`,
  confirmShareTitle: '打开分享的沙盒？',
  confirmShareBody: (sid: string) => `此链接携带账户 SID 为 ${sid} 的沙盒，包括其令牌、API 版本、重置时间和请求日志。`,
  openShared: '打开分享的沙盒',
  shareLoaded: '已打开分享的沙盒。',
  badShareLink: '此分享链接已损坏或不完整，未载入任何内容：您的沙盒保持不变。',
  scenarioOffer: (title: string) => `这个示例可以从场景“${title}”开始。`,
  startFromScenario: '从这个场景开始',
  cancel: '取消',
  load: '载入',
};

/** The shape every locale must fill: a key missing (or extra) in one is a type error. */
export type ConsoleMessages = typeof zh;

export default zh;
