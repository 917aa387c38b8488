/** One call of the simulated integration to the partner API, and what it learned from the answer. */
import {
  CLIENT_HEADER,
  partnerApiPath,
  REASON_HEADER,
  type AccessLevel,
  type ReasonCode,
} from '../../../contract/index.ts';
import { reasonOf, STATUS_TEXT, toBase64 } from '../impact-try-request/request.ts';

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

let orders = 0;

export async function callPartnerApi(held: HeldToken, operation: Operation): Promise<CallResult> {
  const write = operation === 'write';
  const headers: Record<string, string> = {
    Authorization: `Basic ${toBase64(`${held.sid}:${held.token}`)}`,
    Accept: 'application/json',
    [CLIENT_HEADER]: 'integration',
  };
  if (write) headers['Content-Type'] = 'application/json';
  const at = new Date().toISOString();
  try {
    const response = await fetch(partnerApiPath(held.sid, write ? 'ActionInquiries.json' : 'Campaigns.json'), {
      method: write ? 'POST' : 'GET',
      headers,
      body: write ? JSON.stringify({ CampaignId: '12001', OrderId: `INTEGRATION-${++orders}` }) : undefined,
    });
    // Read to the end (a cancelled body shows as a failed request in devtools).
    await response.text();
    return {
      status: response.status,
      statusText: response.statusText || STATUS_TEXT[response.status] || '',
      reason: reasonOf(response.headers.get(REASON_HEADER)),
      at,
    };
  } catch (error) {
    return { status: 0, statusText: error instanceof Error ? error.message : String(error), reason: null, at };
  }
}
