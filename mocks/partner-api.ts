/**
 * Stand-in for `https://api.impact.com/Mediapartners/{AccountSID}/…`, served at
 * `/api/Mediapartners/{AccountSID}/…`: the route list. Every route, and the 405 and 404 answers
 * after them, runs the checks in partner-checks.ts first (auth before 404/405); the resources
 * are in partner-resources.ts.
 */
import { getResponse, http, type HttpHandler } from 'msw';
import { PARTNER_API, WRITE_METHODS } from '../src/contract/index.ts';
import type { HandlerContext } from './context.ts';
import { authorized, formatOf, needsReadWrite, partnerResponse, type PartnerResolver } from './partner-checks.ts';
import {
  createInquiry,
  deleteInquiry,
  listActions,
  listCampaigns,
  listInquiries,
  showAction,
  showCampaign,
  showInquiry,
  updateInquiry,
} from './partner-resources.ts';
import { methodNotAllowed, methodsByPath } from './routing.ts';

/**
 * Every route's prefix. A list's `:format?` takes the `.json` or `.xml` suffix (`Campaigns.json`);
 * an item's suffix arrives with its `:id` (`Campaigns/12001.json`) and the checks split it off.
 */
const ACCOUNT = `${PARTNER_API}/:accountSid`;

/** Unreserved characters (RFC 3986 §2.3) but the dot, which could make `..` segments. */
const ENCODED_UNRESERVED = /%(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|5f|7e)/gi;

export function partnerApiHandlers(context: HandlerContext): HttpHandler[] {
  const at = (path: string) => `${context.baseUrl}${path}`;
  const route = (method: 'get' | 'post' | 'put' | 'delete') => (path: string, resolve: PartnerResolver) => {
    const verb = method.toUpperCase();
    const checked = WRITE_METHODS.has(verb) ? needsReadWrite(resolve) : resolve;
    return http[method](at(path), authorized(context, checked, { body: verb === 'POST' || verb === 'PUT' }));
  };
  const partner = { get: route('get'), post: route('post'), put: route('put'), delete: route('delete') };

  const routes = [
    partner.get(`${ACCOUNT}/Campaigns:format?`, listCampaigns),
    partner.get(`${ACCOUNT}/Campaigns/:id`, showCampaign),
    partner.get(`${ACCOUNT}/Actions:format?`, listActions),
    partner.get(`${ACCOUNT}/Actions/:id`, showAction),
    partner.get(`${ACCOUNT}/ActionInquiries:format?`, listInquiries),
    partner.post(`${ACCOUNT}/ActionInquiries:format?`, createInquiry),
    partner.get(`${ACCOUNT}/ActionInquiries/:id`, showInquiry),
    partner.put(`${ACCOUNT}/ActionInquiries/:id`, updateInquiry),
    partner.delete(`${ACCOUNT}/ActionInquiries/:id`, deleteInquiry),
  ];

  // For messages: each registered path as the README writes it (`ActionInquiries/{Id}`).
  const shown = (path: string) =>
    path
      .slice(at(ACCOUNT).length + 1)
      .replace(':format?', '')
      .replace(':id', '{Id}');
  const methods = methodsByPath(routes);
  const resources = [...methods.keys()].map(shown).join(', ');
  /** The same resource's other form, when it takes the method: `PUT /ActionInquiries/{Id}`. */
  const elsewhere = (method: string, path: string) => {
    const resource = shown(path).split('/')[0];
    const other = [...methods].find(
      ([otherPath, allow]) =>
        otherPath !== path && shown(otherPath).split('/')[0] === resource && allow.includes(method),
    );
    return other ? ` here, or ${method} /${shown(other[0])}` : '';
  };

  const handlers = [
    ...routes,
    ...methodNotAllowed(routes, (allow, path) =>
      authorized(context, ({ request, resourcePath }) => ({
        status: 405,
        message: `${request.method} is not allowed on /${resourcePath.slice(0, 100)}; use ${allow.join(', ')}${elsewhere(request.method, path)}.`,
        headers: { Allow: allow.join(', ') },
      })),
    ),
    http.all(
      at(`${ACCOUNT}/*`),
      authorized(
        context,
        ({ resourcePath }) => ({
          status: 404,
          message: `Unknown resource "/${resourcePath.slice(0, 100)}". Sandbox resources: ${resources}.`,
        }),
        { anyPath: true },
      ),
    ),
  ];

  return [
    // `Campaign%73` and `Campaigns` are the same path (RFC 3986 §6.2.2.2), but MSW's matcher
    // decodes a literal only where no parameter comes before it, so `/:accountSid/Campaign%73`
    // would miss its route: such a path is routed again with those characters decoded.
    http.all(at(`${PARTNER_API}/*`), async ({ request }) => {
      const url = new URL(request.url);
      const pathname = url.pathname.replace(ENCODED_UNRESERVED, (escape) => decodeURIComponent(escape));
      if (pathname === url.pathname) return undefined;
      url.pathname = pathname;
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const body = hasBody ? await request.arrayBuffer() : undefined;
      const normalized = new Request(url, { method: request.method, headers: request.headers, body });
      return getResponse(handlers, normalized, { baseUrl: url.origin, quiet: true });
    }),
    ...handlers,
    http.all(at(`${PARTNER_API}*`), ({ request }) =>
      partnerResponse(
        { status: 404, message: 'The path must be /api/Mediapartners/{AccountSID}/{Resource}.' },
        formatOf(request),
      ),
    ),
  ];
}
