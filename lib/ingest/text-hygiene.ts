/** Control characters no field may hold: C0 and DEL; a text may keep tab, line feed and carriage return. */
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Half of a surrogate pair: not a character, and no database can store it as text. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function codePoint(ch: string): string {
  return `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with a string's characters, as the end of a sentence naming the field ("contains …"), or null. */
export function textProblem(value: string, multiline = false): string | null {
  const control = (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).exec(value);
  if (control) return `contains the control character ${codePoint(control[0])} at position ${control.index}`;
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return `contains half of a surrogate pair (${codePoint(surrogate[0])}) at position ${surrogate.index}, which is no character`;
  return null;
}
