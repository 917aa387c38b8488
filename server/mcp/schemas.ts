/**
 * The MCP tools' input schemas (zod, as the SDK takes them), built from the OpenAPI document's
 * components, so a tool takes exactly what the API it calls documents.
 */
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, MAX_QUESTION_CHARS } from '../../src/contract/index.ts';
import { API_COMPONENTS } from '../../src/contract/openapi.ts';

const { schemas } = API_COMPONENTS;

/** A non-empty tuple of a component's enum, as z.enum and z.union need it. */
function enumOf<T extends string | number>(values: readonly T[]): [T, ...T[]] {
  if (values.length === 0) throw new Error('An OpenAPI enum without values.');
  return [...values] as [T, ...T[]];
}

export const localeInput = z
  .enum(enumOf(LOCALES))
  .optional()
  .describe(
    `The language of the reply, as the guide has it: ${LOCALES.map((code) => `"${code}"`).join(', ')} (default: "${DEFAULT_LOCALE}").`,
  );

export const accessLevelInput = z
  .enum(enumOf(schemas.AccessLevel.enum))
  .describe('"readWrite" for Reset (Read/Write), "readOnly" for Reset (Read-Only).');

const versions = enumOf(schemas.ApiVersion.enum);
export const apiVersionInput = z
  .number()
  .int()
  .refine((value) => (versions as number[]).includes(value), {
    message: `must be one of the API versions ${versions.join(', ')}`,
  })
  .describe(`The partner API version to move to (newer than the current one): ${versions.join(', ')}.`);

export const scenarioInput = z
  .enum(enumOf(schemas.ScenarioName.enum))
  .describe('The named starting state: each starts a fresh sandbox with its own Account SID and tokens.');

export const partnerMethodInput = z.enum(enumOf(schemas.PartnerMethod.enum)).default('GET');

/** A partner resource, optionally with an id and a format suffix: no other path can be reached. */
export const partnerResourceInput = z
  .string()
  .regex(new RegExp(schemas.PartnerResource.pattern), 'must look like Campaigns, Campaigns/12001 or Actions.json')
  .describe(`A resource after /Mediapartners/{AccountSID}/, e.g. ${schemas.PartnerResource.examples.join(', ')}.`);

export const questionInput = z
  .string()
  .trim()
  .min(1, 'the question is empty')
  .max(MAX_QUESTION_CHARS, `a question is at most ${MAX_QUESTION_CHARS} characters`)
  .describe('A specific, self-contained question in natural language (English or Chinese).');
