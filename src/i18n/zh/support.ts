/** SUPPORT_MESSAGES's zh table, the source locale's: every other locale's is typed against it (./support.ts). */
import type { ReasonCode } from '../../contract/index.ts';

const zh = {
  // The try-request panel's curl command.
  copyCommand: '复制命令',
  showToken: '显示令牌',
  commandCopied: '命令已复制（包含完整的身份验证令牌）。',
  commandCopyFailed: '无法复制，请显示令牌后手动选择命令。',
  curlMirrored:
    '在运行 npm start 的机器上的终端中，这条命令得到的状态和正文与本页的请求相同：服务器保存着此沙盒的副本。',
  curlMirroring: '正在把此沙盒复制到服务器…',
  curlServerUnreachable:
    '无法连接保存此沙盒副本的服务器（npm start 是否仍在运行？），正在重试；连接恢复后会重新复制此沙盒。',
  curlNeedsServer:
    'curl 需要 npm start：此站点由静态主机提供，没有服务器保存此沙盒的副本，所以这条命令在这里得不到本页的结果。',
  curlMirrorFailed: (status: number) => `无法把此沙盒复制到服务器（HTTP ${status}），curl 可能得到不同的结果。`,
  curlCopyHeldElsewhere:
    '另一个浏览器已在服务器上保存此账户 SID 的副本（此沙盒来自它的共享链接），因此 curl 得到的是那个浏览器的沙盒的结果，而不是本页的。在此重置沙盒即可获得自己的账户 SID。',
  curlSharedServer: '此页面使用服务器上的共享沙盒，这条命令在运行 npm start 的机器上得到相同的结果。',
  why: '原因：',
  reasons: {
    ok: '请求已通过授权并得到应答。',
    'missing-credentials': '请求未带凭证：请使用 HTTP Basic，用户名为账户 SID，密码为身份验证令牌。',
    'malformed-credentials': 'Authorization 请求头不是有效的 HTTP Basic（账户 SID:身份验证令牌）。',
    'unknown-account': '没有账户 SID 为此值的沙盒账户。',
    'tokens-not-enabled': '此账户尚未启用旧版令牌。',
    'revoked-token': '此身份验证令牌已被重置，不再通过授权检查。请在集成中改用 API 凭证中的新令牌。',
    'invalid-token': '此身份验证令牌不属于该账户。',
    'account-mismatch': '路径中的账户 SID 与凭证中的不一致。',
    'rate-limited': '此账户 SID 本小时 1,000 次调用的上限已用完，请在 Retry-After 所示的时间之后再试。',
    'unknown-version': '请求的 IR-Version 不存在。',
    'unknown-resource': '合作伙伴 API 中没有这个资源。',
    'not-found': '没有此 ID 的条目。',
    'method-not-allowed': '此地址不接受这个方法（见 Allow 响应头）。',
    'read-only-token': '只读令牌可以读取但不能写入：请使用读/写令牌。',
    'invalid-fields': '请求正文中有无效的字段（见 Errors）。',
    'bad-body': '请求正文无法作为 JSON 或表单字段读取。',
    'body-too-large': '请求正文超过了 64 KiB。',
    'unsupported-media-type': '请求正文的 Content-Type 既不是 JSON 也不是表单字段。',
  } satisfies Record<ReasonCode, string> as Record<ReasonCode, string>,
  revokedTokenAt: (time: string) =>
    `此身份验证令牌已于 ${time} 重置，不再通过授权检查。请在集成中改用 API 凭证中的新令牌。`,
};

/** The shape every locale must fill: a key missing (or extra) in one is a type error. */
export type SupportMessages = typeof zh;

export default zh;
