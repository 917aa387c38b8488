/**
 * The partner API's resources: what each route answers once the checks (partner-checks.ts)
 * have passed. Campaigns and Actions are fixed data (partner-data.ts); Action Inquiries live in
 * the sandbox's state.
 */
import * as v from 'valibot';
import type { ReasonCode } from '../src/contract/index.ts';
import type { XmlValue } from '../src/http/xml.ts';
import {
  isError,
  type PartnerAnswer,
  type PartnerCall,
  type PartnerError,
  type PartnerResolver,
} from './partner-checks.ts';
import { ACTIONS, campaignIds, campaignsFor } from './partner-data.ts';
import { addActionInquiry, removeActionInquiry, replaceActionInquiry, type ActionInquiry } from './state.ts';

const paging = (resource: string, count: number, accountSid: string) => ({
  '@page': '1',
  '@numpages': '1',
  '@pagesize': '100',
  '@total': String(count),
  '@start': '0',
  '@end': String(Math.max(count - 1, 0)),
  '@uri': `/Mediapartners/${accountSid}/${resource}`,
});

const list = (resource: string, items: readonly object[], accountSid: string): PartnerAnswer => ({
  status: 200,
  body: { ...paging(resource, items.length, accountSid), [resource]: items.map((item) => ({ ...item })) as XmlValue[] },
});

const found = (item: object | undefined, what: string): PartnerAnswer | PartnerError =>
  item
    ? { status: 200, body: { ...item } as Record<string, XmlValue> }
    : { status: 404, message: `${what} was not found.`, reason: 'not-found' };

const InquiryFieldsSchema = v.object({
  CampaignId: v.pipe(
    v.union([v.string(), v.number()], 'is required (a campaign id)'),
    v.transform(String),
    v.check((id) => campaignIds().includes(id), 'must be the id of one of your campaigns'),
  ),
  OrderId: v.pipe(
    v.union([v.string(), v.number()], 'is required (your order id)'),
    v.transform(String),
    v.minLength(1, 'is required'),
    v.maxLength(64, 'must be at most 64 characters'),
  ),
  Amount: v.optional(
    v.nullable(
      v.pipe(
        v.union([v.string(), v.number()], 'must be a number'),
        v.transform(Number),
        v.number('must be a number'),
        v.finite('must be a number'),
        v.minValue(0, 'must not be negative'),
      ),
    ),
  ),
  Note: v.optional(v.pipe(v.string('must be text'), v.maxLength(500, 'must be at most 500 characters'))),
});

type InquiryFields = Omit<ActionInquiry, 'Id' | 'Status' | 'CreatedDate'>;

const BODY_REASONS: Record<400 | 413 | 415, ReasonCode> = {
  400: 'bad-body',
  413: 'body-too-large',
  415: 'unsupported-media-type',
};

/** The body's fields, validated; with `partial`, only the fields given are checked and returned. */
function inquiryFields({ body }: PartnerCall, partial: boolean): Partial<InquiryFields> | PartnerError {
  if (!body.ok) return { status: body.status, message: body.message, reason: BODY_REASONS[body.status] };
  const result = v.safeParse(partial ? v.partial(InquiryFieldsSchema) : InquiryFieldsSchema, body.value);
  if (!result.success) {
    return {
      status: 400,
      message: 'The request has invalid fields.',
      reason: 'invalid-fields',
      errors: result.issues.map((issue) => ({ Field: v.getDotPath(issue) ?? 'body', Message: issue.message })),
    };
  }
  return Object.fromEntries(Object.entries(result.output).filter(([, value]) => value !== undefined));
}

const inquiryUri = (accountSid: string, id: string) => `/Mediapartners/${accountSid}/ActionInquiries/${id}`;

export const listCampaigns: PartnerResolver = ({ version, accountSid }) =>
  list('Campaigns', campaignsFor(version), accountSid);

export const showCampaign: PartnerResolver = ({ id, version }) =>
  found(
    campaignsFor(version).find((campaign) => campaign.CampaignId === id),
    `Campaign ${id}`,
  );

export const listActions: PartnerResolver = ({ accountSid }) => list('Actions', ACTIONS, accountSid);

export const showAction: PartnerResolver = ({ id }) =>
  found(
    ACTIONS.find((action) => action.Id === id),
    `Action ${id}`,
  );

export const listInquiries: PartnerResolver = ({ state, accountSid }) =>
  list('ActionInquiries', state.actionInquiries, accountSid);

export const showInquiry: PartnerResolver = ({ id, state }) =>
  found(
    state.actionInquiries.find((inquiry) => inquiry.Id === id),
    `Action inquiry ${id}`,
  );

export const createInquiry: PartnerResolver = (call) => {
  const fields = inquiryFields(call, false);
  if (isError(fields)) return fields;
  const { state: next, inquiry } = addActionInquiry(
    call.state,
    { CampaignId: '', OrderId: '', Amount: null, Note: '', ...fields },
    call.context.stateContext,
  );
  const uri = inquiryUri(call.accountSid, inquiry.Id);
  return { status: 201, body: { Status: 'OK', Uri: uri }, headers: { Location: uri }, state: next };
};

export const updateInquiry: PartnerResolver = (call) => {
  const { id, state, accountSid } = call;
  const existing = state.actionInquiries.find((inquiry) => inquiry.Id === id);
  if (!existing || id === undefined) {
    return { status: 404, message: `Action inquiry ${id} was not found.`, reason: 'not-found' };
  }
  const fields = inquiryFields(call, true);
  if (isError(fields)) return fields;
  const next = replaceActionInquiry(state, { ...existing, ...fields });
  return { status: 200, body: { Status: 'OK', Uri: inquiryUri(accountSid, id) }, state: next };
};

export const deleteInquiry: PartnerResolver = ({ id, state }) => {
  if (id === undefined || !state.actionInquiries.some((inquiry) => inquiry.Id === id)) {
    return { status: 404, message: `Action inquiry ${id} was not found.`, reason: 'not-found' };
  }
  return { status: 200, body: { Status: 'OK' }, state: removeActionInquiry(state, id) };
};
