/** SUPPORT_PAGE_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./support-page.ts). */

const zh = {
  tryWithTokens: '用这些令牌试一试请求 ↓',
  backToStep: '↑ 返回刚才的步骤',
  supportTools: '支持工具：模拟集成和请求日志',
  supportToolsIntro:
    '演示重置时使用：一个持有令牌副本、每隔几秒调用 API 的集成，以及所有请求的时间线。打开后开始运行。',
  // Said where the reader is when the integration (out of view) changes health; {status} is filled in.
  integrationNowFailing: '模拟集成现在失败了（{status}）。',
  integrationNowHealthy: '模拟集成恢复正常了（{status}）。',
  showIntegration: '查看集成',
};

/** The shape every locale must fill: a key missing (or extra) in one is a type error. */
export type SupportPageMessages = typeof zh;

export default zh;
