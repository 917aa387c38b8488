/**
 * The `?ask=` replies as GitBook writes them: markdown in a fixed order, or the same content as
 * JSON. Anything taken from the request is made inert before it is echoed.
 */
import { MAX_QUESTION_CHARS, type Locale } from '../contract/index.ts';
import { ASK_REPLY_MESSAGES } from '../i18n/ask-reply.ts';
import type { AskPage, AskReply } from './types.ts';

/**
 * Text from the request as one line of inert markdown: no line breaks, HTML special characters
 * as entities, markdown punctuation backslash-escaped (so no link, heading or emphasis), and
 * no autolink.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029\s]+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~"']/g, '\\$&')
    .replace(AUTOLINK_TRIGGERS, '$&\u2060');
}

/**
 * What GFM renderers turn into a link even when escaped (`www\.x`, `https://…`, `a@b\.c`):
 * `www`, the scheme's `:` and the character before `@` each get a word joiner (U+2060,
 * invisible) after them, which breaks the pattern.
 */
const AUTOLINK_TRIGGERS = /\bwww(?=\\\.)|:(?=\/\/)|[^\s](?=@)/giu;

/** An `?ask=` link back to a page. */
function askUrl(origin: string, page: string, question: string): string {
  return `${origin}${page}.md?ask=${encodeURIComponent(question)}`;
}

/** The reply as markdown: `# question`, answer, excerpts, follow-ups, sources. */
export function replyMarkdown(reply: AskReply, origin: string, page: string): string {
  const parts: string[] = [];
  if (reply.question) parts.push(`# ${inertMarkdown(reply.question)}`);
  parts.push(reply.answer);
  for (const excerpt of reply.excerpts) {
    const quoted = excerpt.text
      .split('\n')
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
    parts.push(`${quoted}\n>\n> — [${excerpt.page} › ${excerpt.section}](${excerpt.url})`);
  }
  if (reply.followUps.length > 0) {
    parts.push(
      [
        '# Suggested Follow-up Questions:',
        '',
        ...reply.followUps.map((question) => `- [${inertMarkdown(question)}](${askUrl(origin, page, question)})`),
      ].join('\n'),
    );
  }
  if (reply.sources.length > 0) {
    parts.push(['# Sources:', '', ...reply.sources.map((source) => `- [${source.title}](${source.url})`)].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

export function tooLongMessage(length: number, language: Locale, what: 'question' | 'goal' = 'question'): string {
  return ASK_REPLY_MESSAGES[language].tooLong(what, length, MAX_QUESTION_CHARS);
}

/** "Page Not Found", listing `suggestions` (already ranked). */
export function pageNotFoundMarkdown(
  path: string,
  suggestions: readonly AskPage[],
  origin: string,
  language: Locale,
): string {
  const text = ASK_REPLY_MESSAGES[language];
  const shownPath = inertMarkdown(`${path.slice(0, 300)}.md`);
  const links = suggestions.map((page) => `- [${page.title}](${origin}${page.path}.md)`);
  return [`# ${text.notFoundTitle}`, '', text.notFoundBody(shownPath), '', ...links, ''].join('\n');
}
