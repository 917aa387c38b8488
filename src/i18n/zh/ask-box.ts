/** ASK_BOX_MESSAGES's zh table, the source locale's: its type is the table's (../ask-box.ts). */

export interface AskBoxMessages {
  /** The form's visible label. */
  label: string;
  /** The input's placeholder (a hint, never the label). */
  placeholder: string;
  submit: string;
  /** Accessible name of the results region. */
  resultsLabel: string;
  /** Heading above the answer, with the question asked. */
  answerHeading: (question: string) => string;
  excerptsHeading: string;
  sourcesHeading: string;
  followUpsHeading: string;
  suggestionsHeading: string;
  close: string;
  busy: string;
  /** Live-region text once an answer is shown. */
  found: (excerpts: number) => string;
  /** Live-region text when the docs do not answer the question. */
  notFound: (excerpts: number) => string;
  /** The alert's first line when no answer could be fetched. */
  unavailable: string;
  /**
   * Its second line, from AskUnavailableError's message: `network`, `status <n>`, or the
   * server's own (already readable) reason, e.g. a question over the length limit.
   */
  failureReason: (detail: string) => string;
  /** Shown when the reply is unanswered and carries no text of its own. */
  noAnswerText: string;
  /** Separator in an excerpt caption: `page › section`. */
  captionSeparator: string;
}

const zh: AskBoxMessages = {
  label: '向文档提问',
  placeholder: '例如：如何启用旧版令牌？',
  submit: '提问',
  resultsLabel: '文档问答结果',
  answerHeading: (question) => `回答：${question}`,
  excerptsHeading: '文档摘录',
  sourcesHeading: '来源',
  followUpsHeading: '您还可以问',
  suggestionsHeading: '试试这些问题',
  close: '关闭回答',
  busy: '正在查找…',
  found: (excerpts) => (excerpts > 0 ? `已找到答案，附 ${excerpts} 段文档摘录。` : '已找到答案。'),
  notFound: (excerpts) =>
    excerpts > 0 ? `无法回答这个问题；找到 ${excerpts} 段相关摘录。` : '无法回答这个问题。请试试建议的问题。',
  unavailable: '无法获取回答。',
  failureReason: (detail) =>
    detail === 'network'
      ? '问答服务没有响应，请检查网络连接后再试。'
      : /^status \d+$/.test(detail)
        ? `问答服务出错（HTTP ${detail.slice(7)}），请稍后再试。`
        : detail || '请稍后再试。',
  noAnswerText: '文档中没有这个问题的答案。',
  captionSeparator: ' › ',
};

export default zh;
