/** One call of the simulated integration to the partner API, and what it learned from the answer. */
import { partnerApiPath, type AccessLevel, type ReasonCode } from '../../../contract/index.ts';
import { callPartnerApi } from '../../partner-client.ts';

export type Operation = 'read' | 'write';

/** The integration's own copy of a credential: it does not follow a reset until updated. */
export interface HeldToken {
  sid: string;
  level: AccessLevel;
  token: string;
}

export interface CallResult {
  status: number;
  statusText: string;
  reason: ReasonCode | null;
  at: string;
}

export type Health = 'idle' | 'healthy' | 'failing';

export function healthOf(result: CallResult | null): Health {
  if (!result) return 'idle';
  return result.status >= 200 && result.status < 300 ? 'healthy' : 'failing';
}

/** One call with the held copy: a read lists campaigns, a write files action inquiry number `order`. */
export async function callWithHeldToken(held: HeldToken, operation: Operation, order: number): Promise<CallResult> {
  const write = operation === 'write';
  const at = new Date().toISOString();
  const { status, statusText, reason } = await callPartnerApi({
    client: 'integration',
    path: partnerApiPath(held.sid, write ? 'ActionInquiries.json' : 'Campaigns.json'),
    method: write ? 'POST' : 'GET',
    sid: held.sid,
    token: held.token,
    headers: { Accept: 'application/json' },
    body: write ? JSON.stringify({ CampaignId: '12001', OrderId: `INTEGRATION-${order}` }) : undefined,
  });
  return { status, statusText, reason, at };
}
