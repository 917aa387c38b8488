/** PANEL_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./support-panels.ts). */
import type { SandboxAction, SandboxClient } from '../../contract/index.ts';

const zh = {
  // The request log.
  requestLog: '请求日志',
  requestLogIntro: '此沙盒收到的每个沙盒操作和每个合作伙伴 API 请求（来自本页或共用此沙盒的其他页面），按时间排列。',
  filterToken: '令牌',
  allTokens: '所有令牌',
  noToken: '无令牌',
  filterStatus: '状态',
  allStatuses: '所有状态',
  successful: '成功（2xx）',
  failed: '失败（4xx、5xx）',
  clearLog: '清空日志',
  logCleared: '请求日志已清空。',
  exportLog: '导出为 JSON',
  emptyLog: '尚无记录。发送一个请求或更改沙盒，它就会出现在这里。',
  noMatches: '没有符合筛选条件的记录。',
  entriesShown: (shown: number, total: number) => `显示 ${shown} / ${total} 条记录`,
  compareEntry: (time: string) => `比较 ${time} 的请求`,
  // New rows wait behind this line while the reader points at or works in the log.
  newEntriesHeld: (count: number) => `${count} 条新记录 — 显示`,
  compareHint: '勾选两个请求即可并排比较。',
  comparison: '比较',
  beforeReset: '重置之前',
  afterReset: '重置之后',
  earlier: '较早',
  later: '较晚',
  compareSummary: (first: string, firstStatus: number, second: string, secondStatus: number) =>
    `${first}：${firstStatus} / ${second}：${secondStatus}`,
  tokenOf: (level: string, masked: string) => `${level} ${masked}`,
  currentToken: '当前令牌',
  revokedAt: (time: string) => `已于 ${time} 重置`,
  time: '时间',
  client: '调用方',
  request: '请求',
  token: '令牌',
  status: '状态',
  reason: '原因',
  clients: {
    'try-request': '试一试请求',
    integration: '集成',
    other: '其他客户端（curl、脚本）',
  } satisfies Record<SandboxClient, string> as Record<SandboxClient, string>,
  actions: {
    enable: () => '已启用旧版令牌',
    'reset-token': (level: string) => `已重置${level}令牌`,
    upgrade: (version: string) => `API 版本已升级到 ${version}`,
    scenario: (title: string) => `已载入场景“${title}”`,
    'share-link': () => '已打开分享的沙盒',
    'sandbox-reset': () => '沙盒已重置',
  } satisfies Record<SandboxAction, (detail: string) => string> as Record<SandboxAction, (detail: string) => string>,
  // The live integration.
  integration: '模拟集成',
  integrationIntro: '代表合作伙伴自己的软件：它保存一份令牌的副本，每 5 秒调用一次合作伙伴 API。',
  heldToken: '集成保存的令牌',
  operation: '调用',
  readOperation: '读取：GET Campaigns',
  writeOperation: '写入：POST ActionInquiries',
  pause: '暂停',
  checkNow: '立即检查',
  healthy: '正常',
  failing: '出错',
  notStarted: '尚未调用',
  pausedByUser: '已暂停',
  pausedHidden: '此标签页在后台，已暂停',
  lastCall: (time: string) => `上次调用：${time}`,
  updateToken: '用新令牌更新集成',
  staleCopy: '集成保存的是重置之前的令牌。',
  tokenUpdated: '集成已改用当前令牌。',
  healthChanged: (health: string, status: number) => `集成：${health}（${status}）`,
  integrationNeedsTokens: '启用旧版令牌后，集成会保存一份当前读/写令牌的副本并开始调用 API。',
};

/** The shape every locale must fill: a key missing (or extra) in one is a type error. */
export type PanelMessages = typeof zh;

export default zh;
