/** Whether a value from outside (a header, an attribute, saved state) is one of a list's members: narrows it to that list's type. */
export function isOneOf<const Members extends readonly unknown[]>(
  members: Members,
  value: unknown,
): value is Members[number] {
  return members.includes(value);
}
