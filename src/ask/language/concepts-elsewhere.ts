/**
 * Words of the subject that the pages never use, for the `?ask=` lookups: a question that hinges
 * on one asks what the pages do not say, and such a concept weighs most (see
 * src/ask/engine/question.ts), so the question is refused rather than answered from a passage
 * that merely shares its other words ("do legacy tokens expire?", "what are the rate limits?").
 * Reviewed by hand like ./concepts.ts, never taken from test questions.
 */
import type { Concept } from './concepts.ts';

export const CONCEPTS_ELSEWHERE: readonly Concept[] = [
  {
    key: 'expire',
    kind: 'trait',
    en: ['expire', 'expiry', 'expiration', 'lifetime'],
    zh: ['过期', '到期', '有效期', '能用多久', '用多久', '有效多久'],
  },
  // The API itself (its limits, features, code), which the pages send readers elsewhere for.
  {
    key: 'rate-limit',
    kind: 'trait',
    en: ['rate limit', 'rate limiting', 'quota', 'throttle', 'throttling', 'too many requests', '429'],
    zh: ['限流', '限额', '配额', '频率限制', '调用限制', '调用次数'],
  },
  {
    key: 'api-feature',
    kind: 'thing',
    en: [
      'webhook',
      'callback',
      'oauth',
      'endpoint',
      'base url',
      'ip address',
      'whitelist',
      'allowlist',
      'pagination',
      'json',
      'xml',
      'sdk',
      'code sample',
      'example',
      'sample',
      'snippet',
      'python',
      'javascript',
      'curl',
      'postman',
    ],
    zh: ['回调', '白名单', '端点', '分页', '示例', '代码', '样例', '范例', '例子'],
  },
  {
    key: 'programmatic',
    kind: 'trait',
    en: ['programmatically', 'via the api', 'via api', 'through the api', 'using the api'],
    zh: ['通过 API', '通过接口'],
  },
  { key: 'support', kind: 'trait', en: ['support', 'supported', 'compatible', 'compatibility'], zh: ['支持', '兼容'] },
  // Where and for whom: the pages cover the partner web app only.
  {
    key: 'mobile',
    kind: 'trait',
    en: ['mobile', 'phone', 'iphone', 'android', 'ios', 'mobile app', 'tablet'],
    zh: ['手机', '移动端', '安卓', '平板'],
  },
  {
    key: 'sub-account',
    kind: 'thing',
    en: ['sub account', 'subaccount', 'child account'],
    zh: ['子账户', '子账号', '子帐户', '子帐号'],
    implies: ['account'],
  },
  {
    key: 'advertiser',
    kind: 'thing',
    en: ['advertiser', 'brand', 'merchant'],
    zh: ['广告主', '品牌', '商家', '品牌方'],
  },
  {
    key: 'automatic',
    kind: 'trait',
    en: ['automatically', 'automatic', 'auto', 'forced', 'forcibly'],
    zh: ['自动', '强制', '被迫'],
  },
  {
    key: 'history',
    kind: 'trait',
    en: ['last', 'history', 'log', 'usage', 'last used', 'access log'],
    zh: ['日志', '记录', '历史', '上次', '最近一次'],
  },
];
