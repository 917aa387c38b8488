/** ASK_BOX_MESSAGES's en table (../ask-box.ts). */
import type { AskBoxMessages } from '../zh/ask-box.ts';

const en: AskBoxMessages = {
  label: 'Ask the docs',
  placeholder: 'e.g. How do I enable legacy tokens?',
  submit: 'Ask',
  resultsLabel: 'Answers from the docs',
  answerHeading: (question) => `Answer: ${question}`,
  excerptsHeading: 'From the docs',
  sourcesHeading: 'Sources',
  followUpsHeading: 'You can also ask',
  suggestionsHeading: 'Try one of these',
  close: 'Close answers',
  busy: 'Looking it up…',
  found: (excerpts) =>
    excerpts > 0
      ? `Answer found, with ${excerpts} ${excerpts === 1 ? 'excerpt' : 'excerpts'} from the docs.`
      : 'Answer found.',
  notFound: (excerpts) =>
    excerpts > 0
      ? `This question can't be answered from the docs; ${excerpts} related ${excerpts === 1 ? 'excerpt' : 'excerpts'} found.`
      : "This question can't be answered from the docs. Try a suggested question.",
  unavailable: 'No answer could be fetched.',
  failureReason: (detail) =>
    detail === 'network'
      ? 'The ask service did not respond. Check your connection and try again.'
      : /^status \d+$/.test(detail)
        ? `The ask service failed (HTTP ${detail.slice(7)}). Please try again later.`
        : detail || 'Please try again later.',
  noAnswerText: 'The docs do not answer this question.',
  captionSeparator: ' › ',
};

export default en;
