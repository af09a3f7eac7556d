// The error every demand factory throws for bad parameters, naming the factory, the field, the rule and
// the value received: "poissonArrivals: ratePerHour must be a finite number >= 0, got -2".

/**
 * Thrown when an arrival source or a demand-shaping rule is built with invalid parameters. The message
 * names the factory, the field (with its index inside arrays), the rule and the value received, so a
 * scenario author can find the line to fix; the fields carry the same facts as data.
 *
 * @example
 * try {
 *   poissonArrivals({ ratePerHour: -2 });
 * } catch (error) {
 *   (error as DemandParameterError).field; // => 'ratePerHour'
 * }
 */
export class DemandParameterError extends RangeError {
  /** The factory at fault, e.g. "profiledArrivals". */
  readonly factory: string;
  /** The field at fault, e.g. "hourOfDay[3]" or "perPeriod.count". */
  readonly field: string;
  /** The value received. */
  readonly received: unknown;

  /**
   * @param factory - the factory at fault, e.g. "deferralRule"
   * @param field - the field at fault, e.g. "cutoffHour"
   * @param rule - what the value must be, e.g. "a number in (0, 24]"
   * @param received - the value received
   */
  constructor(factory: string, field: string, rule: string, received: unknown) {
    super(`${factory}: ${field} must be ${rule}, got ${describeReceived(received)}`);
    this.name = 'DemandParameterError';
    this.factory = factory;
    this.field = field;
    this.received = received;
  }
}

function describeReceived(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) {
    const fields = Object.keys(value);
    return fields.length === 0 ? '{}' : `an object with ${fields.join(', ')}`;
  }
  return String(value);
}
