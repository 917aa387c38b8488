/** impact.com's XML: every body inside one `<ImpactRadiusResponse>` root. */
export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [key: string]: XmlValue };

/** Markup characters become references; characters XML 1.0 forbids outright become U+FFFD. */
const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** List wrappers are plural; their items take the singular name, as in impact.com's XML. */
function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (name.endsWith('s')) return name.slice(0, -1);
  return `${name}Item`;
}

const attributesOf = (value: { [key: string]: XmlValue }) =>
  Object.entries(value)
    .filter(([key]) => key.startsWith('@'))
    .map(([key, attribute]) => ` ${key.slice(1)}="${escapeXml(String(attribute))}"`)
    .join('');

function element(name: string, value: XmlValue, listAttributes = ''): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    return `<${name}${listAttributes}>${value.map((item) => element(singular(name), item)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const attributes = attributesOf(value);
    const children = Object.entries(value)
      .filter(([key]) => !key.startsWith('@'))
      .map(([key, child]) => element(key, child))
      .join('');
    return `<${name}${attributes}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/**
 * In impact.com's XML, a list's paging attributes (JSON's `@page`, `@total`, …) sit on the list
 * element (`<ImpactRadiusResponse><Campaigns page="1" …>`), never on the root.
 */
export function toXml(body: Record<string, XmlValue>): string {
  const lists = Object.entries(body).filter(([, value]) => Array.isArray(value));
  const onlyList = lists.length === 1 ? lists[0]?.[0] : undefined;
  const root =
    onlyList !== undefined
      ? `<ImpactRadiusResponse>${Object.entries(body)
          .filter(([key]) => !key.startsWith('@'))
          .map(([key, child]) => element(key, child, key === onlyList ? attributesOf(body) : ''))
          .join('')}</ImpactRadiusResponse>`
      : element('ImpactRadiusResponse', body);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}`;
}
