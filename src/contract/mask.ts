/** Shows the first and last four characters only; used wherever a token could be displayed or echoed. */
export function maskToken(token: string): string {
  if (token.length <= 8) return '•'.repeat(token.length);
  return `${token.slice(0, 4)}${'•'.repeat(token.length - 8)}${token.slice(-4)}`;
}
