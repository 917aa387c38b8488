/** ASK_REPLY_MESSAGES's en table (../ask-reply.ts). */
import type { AskReplyMessages } from '../zh/ask-reply.ts';

const en: AskReplyMessages = {
  refusal:
    "This question could not be answered from this site's documentation: nothing in it covers that. These questions can be answered:",
  step: (n: number) => `step ${n}`,
  fromOtherLanguage: (title: string) =>
    `There is no English version of this site yet, so this answer quotes the Chinese page “${title}” as it is.`,
  path: (labels: string) => `Path: ${labels}`,
  usage: (page: string) =>
    [
      'Ask the documentation a question by adding `?ask=<question>` to a page URL. Make it specific, self-contained and in natural language, for example:',
      '',
      `\`GET ${page}.md?ask=How do I enable legacy tokens?\``,
      '',
      'The reply holds a direct answer, the excerpts it rests on and their sources. The optional `&goal=<goal>` says what you are trying to do and is used to rank results.',
    ].join('\n'),
  tooLong: (what: 'question' | 'goal', length: number, limit: number) =>
    `The ${what} is too long: ${length} characters, and the limit is ${limit}. Ask one specific question.`,
  labelSeparator: ': ',
  verdict: (yes: boolean) => (yes ? 'Yes.' : 'No.'),
  notFoundTitle: 'Page Not Found',
  notFoundBody: (path: string) => `There is no page ${path} on this site. Perhaps you meant:`,
  sandboxNote: '*(Interactive sandbox: on the web page you can do this step here, on the simulated partner platform.)*',
  tryRequestNote:
    '*(Interactive sandbox: on the web page you can send a simulated API request here with the sandbox credentials.)*',
};

export default en;
