// The value a service loses while incidents are open: each open incident takes its impact's share of the
// service's value rate, the shares adding up to at most the whole rate.

/**
 * One service's outage account over the measured window. The loss rate is valuePerHour x min(1, sum of
 * the open incidents' shares); when the shares add up to more than 1, each incident's part of the loss is
 * in proportion to its share. `perShare` integrates the loss per unit of share, so that an incident's own
 * loss is its share x the growth of `perShare` while it was open (needed to book it to abandonment when
 * its user gives up).
 *
 * @example
 * const mail = new ServiceOutage(100, 0);
 * mail.open(0.5, 2); mail.close(0.5, 6);
 * mail.lossAt(10); // => 200 (half of 100 an hour for 4 hours)
 */
export class ServiceOutage {
  readonly valuePerHour: number;
  private readonly windowStart: number;
  private openShares = 0;
  private openIncidents = 0;
  private loss = 0;
  private perShare = 0;
  private last = 0;

  constructor(valuePerHour: number, windowStart: number) {
    this.valuePerHour = valuePerHour;
    this.windowStart = windowStart;
  }

  /** An incident with this share of the rate opens now; returns the running loss per share, to keep. */
  open(share: number, now: number): number {
    this.advance(now);
    this.openShares += share;
    this.openIncidents++;
    return this.perShare;
  }

  /**
   * An incident that opened when the loss per share was `perShareAtOpen` closes now.
   * @returns the loss booked to it while open (within the window)
   */
  close(share: number, now: number, perShareAtOpen = this.perShare): number {
    this.advance(now);
    this.openIncidents--;
    // Subtracting shares leaves rounding dust; with nothing open the sum is exactly 0.
    this.openShares = this.openIncidents === 0 ? 0 : Math.max(0, this.openShares - share);
    return share * (this.perShare - perShareAtOpen);
  }

  /** The loss within the window up to `now` (reads only). */
  lossAt(now: number): number {
    return this.loss + this.lossRate() * this.hoursSinceLast(now);
  }

  private advance(now: number): void {
    const hours = this.hoursSinceLast(now);
    if (hours > 0 && this.openShares > 0) {
      const rate = this.lossRate();
      this.loss += rate * hours;
      this.perShare += (rate / this.openShares) * hours;
    }
    this.last = now;
  }

  private lossRate(): number {
    return this.valuePerHour * Math.min(1, this.openShares);
  }

  // Hours since the last change that fall in the window.
  private hoursSinceLast(now: number): number {
    return Math.max(0, now - Math.max(this.last, this.windowStart));
  }
}
