/**
 * The receiver's memory bound: every body being read holds a reservation of bytes, taken before
 * the first byte is read (the declared Content-Length) or chunk by chunk when none is declared.
 * A request that does not fit is answered 503 at once, so memory never grows past the budget
 * whatever the number of clients.
 *
 * Large bodies (over `largeBytes`, or of unknown length) may use only part of the budget: the rest
 * stays for ordinary deliveries, which are small (a push is a few KB), so a crowd of 25 MB bodies
 * cannot starve the signed delivery that arrives meanwhile.
 */
export interface BudgetOptions {
  /** Bytes of request bodies held at once, all requests together (default 96 MiB). */
  totalBytes?: number;
  /** Of those, what large bodies may hold together (default 64 MiB). */
  largeBytes?: number;
  /** A body over this size counts as large (default 1 MiB). */
  largeThreshold?: number;
  /** Bodies being read at once (default 256). */
  maxBodies?: number;
}

export interface Reservation {
  /** Takes `n` more bytes (for bodies of unknown length); false when the budget has no room. */
  grow(n: number): boolean;
  release(): void;
}

export class BodyBudget {
  readonly totalBytes: number;
  readonly largeBytes: number;
  readonly largeThreshold: number;
  readonly maxBodies: number;
  private used = 0;
  private usedLarge = 0;
  private bodies = 0;
  /** Requests refused for lack of room since start. */
  shed = 0;

  constructor(options: BudgetOptions = {}) {
    this.totalBytes = options.totalBytes ?? 96 * 1024 * 1024;
    this.largeBytes = Math.min(options.largeBytes ?? 64 * 1024 * 1024, this.totalBytes);
    this.largeThreshold = options.largeThreshold ?? 1024 * 1024;
    this.maxBodies = options.maxBodies ?? 256;
  }

  get inFlight(): { bodies: number; bytes: number; shed: number } {
    return { bodies: this.bodies, bytes: this.used, shed: this.shed };
  }

  /** A reservation for a body of `declared` bytes (undefined: unknown, reserved as it arrives), or undefined when it does not fit. */
  admit(declared: number | undefined): Reservation | undefined {
    const large = declared === undefined || declared > this.largeThreshold;
    const initial = declared ?? 0;
    if (this.bodies >= this.maxBodies || !this.fits(initial, large)) {
      this.shed++;
      return undefined;
    }
    this.bodies++;
    let held = 0;
    let released = false;
    const take = (n: number) => {
      this.used += n;
      if (large) this.usedLarge += n;
      held += n;
    };
    take(initial);
    return {
      grow: (n) => {
        if (released) return false;
        if (!this.fits(n, large)) return false;
        take(n);
        return true;
      },
      release: () => {
        if (released) return;
        released = true;
        this.used -= held;
        if (large) this.usedLarge -= held;
        this.bodies--;
      },
    };
  }

  private fits(n: number, large: boolean): boolean {
    if (this.used + n > this.totalBytes) return false;
    return !large || this.usedLarge + n <= this.largeBytes;
  }
}
