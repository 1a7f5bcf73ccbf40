/**
 * liquidjs checks its renderLimit by reading the clock before every template node; on a 5 KB
 * payload that clock read alone cost ~10% of the render. This limiter has the same shape but
 * reads the clock every CHECK_EVERY nodes: a runaway loop is still stopped within microseconds
 * of the deadline.
 */
const CHECK_EVERY = 64;

export class SampledTimeLimiter {
  readonly message = 'template render limit exceeded';
  base = 0;
  private calls = 0;
  readonly limit: number;

  constructor(budgetMs: number) {
    this.limit = performance.now() + budgetMs;
  }

  use(): void {}

  check(): void {
    if (++this.calls % CHECK_EVERY !== 0) return;
    if (performance.now() > this.limit) throw new Error(this.message);
  }
}
