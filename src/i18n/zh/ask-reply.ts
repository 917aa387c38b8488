/** ASK_REPLY_MESSAGES's zh table, the source locale's: every other locale's is typed against it (../ask-reply.ts). */

const zh = {
  refusal: '无法根据本站文档回答这个问题：文档中没有涉及它的内容。下面这些问题可以回答：',
  step: (n: number) => `步骤 ${n}`,
  /** Only when no page of the site is in the reader's language: the answer quotes a page in another. */
  fromOtherLanguage: (title: string) => `本站还没有中文版本，以下回答引用英文页面“${title}”的原文。`,
  /** A "where" answer's path to the place: the app's labels along it. */
  path: (labels: string) => `路径：${labels}`,
  usage: (page: string) =>
    [
      '在页面地址后加上 `?ask=<问题>` 向文档提问，问题要具体、完整，用自然语言书写，例如：',
      '',
      `\`GET ${page}.md?ask=如何启用旧版令牌？\``,
      '',
      '回复包含直接的答案、答案所依据的摘录和来源。可选的 `&goal=<目标>` 说明您想完成什么，用于给结果排序。',
    ].join('\n'),
  tooLong: (what: 'question' | 'goal', length: number, limit: number) =>
    `${what === 'question' ? '问题' : '目标（goal）'}太长：${length} 个字符，上限是 ${limit} 个字符。请把它缩短为一个具体的问题。`,
  /** Between a menu-reference row's label and its description in a passage. */
  labelSeparator: '：',
  /** A yes/no question's answer first, echoing its verb (可以 / 不可以), when the quoted sentence says it. */
  verdict: (yes: boolean, verb: string) => (verb ? `${yes ? '' : '不'}${verb}。` : yes ? '是。' : '否。'),
  notFoundTitle: '找不到页面',
  notFoundBody: (path: string) => `本站没有这个页面：${path}。您要找的可能是：`,
  sandboxNote: '*（交互式沙盒：在网页版中，可在此处的模拟合作伙伴平台上亲手完成这一步。）*',
  tryRequestNote: '*（交互式沙盒：在网页版中，可在此处用沙盒凭证发送模拟 API 请求。）*',
};

export type AskReplyMessages = typeof zh;

export default zh;
