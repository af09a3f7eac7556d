// The error a policy factory throws for bad options: it names the policy, the option, the rule and the
// value received, so a scenario author can fix the file without reading a stack trace.

/**
 * Thrown when a queue order or assignment policy is built with invalid options. The message names the
 * policy, the option, the rule and the value received; the fields carry the same facts as data, for the
 * scenario loader to turn into an issue `{ path, expected, received, message }`.
 *
 * @example
 * try {
 *   ageing({ thresholdHours: -2 });
 * } catch (error) {
 *   (error as PolicyOptionError).message; // => 'ageing: thresholdHours must be a finite number > 0, got -2'
 * }
 */
export class PolicyOptionError extends RangeError {
  /** The policy, e.g. "ageing". */
  readonly policy: string;
  /** The option at fault, e.g. "thresholdHours", or "options" for the whole object. */
  readonly option: string;
  /** The rule the value broke, e.g. "a finite number > 0". */
  readonly expected: string;
  /** The value received. */
  readonly received: unknown;

  /**
   * @param policy - the policy's kind, e.g. "ageing"
   * @param option - the option at fault
   * @param expected - the rule, phrased to follow "must be"
   * @param received - the value received
   */
  constructor(policy: string, option: string, expected: string, received: unknown) {
    super(`${policy}: ${option} must be ${expected}, got ${formatReceived(received)}`);
    this.name = 'PolicyOptionError';
    this.policy = policy;
    this.option = option;
    this.expected = expected;
    this.received = received;
  }
}

function formatReceived(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  // An options object is listed field by field, not "[object Object]".
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value).map(([name, field]) => `${name}: ${formatReceived(field)}`);
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  return String(value);
}
