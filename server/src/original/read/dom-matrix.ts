/**
 * A 2D `DOMMatrix` for PDF.js when Node has none. PDF.js builds matrices when it loads (for its
 * canvas renderer) and takes the class from the optional native package @napi-rs/canvas, which
 * a bundled build cannot load; reading text never renders, so the affine part of the class, which
 * is all a PDF's text transforms use, is enough. Installed only where the global is missing.
 */
type Init = ArrayLike<number> | undefined;

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = [init[0]!, init[1]!, init[2]!, init[3]!, init[4]!, init[5]!];
  }

  get is2D(): boolean {
    return true;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  /** this = this × other */
  multiplySelf(other: AffineMatrix | Init): this {
    const m = other instanceof AffineMatrix ? other : new AffineMatrix(other);
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }

  /** this = other × this */
  preMultiplySelf(other: AffineMatrix | Init): this {
    const m = other instanceof AffineMatrix ? new AffineMatrix([other.a, other.b, other.c, other.d, other.e, other.f]) : new AffineMatrix(other);
    m.multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [m.a, m.b, m.c, m.d, m.e, m.f];
    return this;
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf([1, 0, 0, 1, x, y]);
  }

  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf([x, 0, 0, y, 0, 0]);
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const determinant = a * d - b * c;
    if (determinant === 0) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = [NaN, NaN, NaN, NaN, NaN, NaN];
      return this;
    }
    this.a = d / determinant;
    this.b = -b / determinant;
    this.c = -c / determinant;
    this.d = a / determinant;
    this.e = (c * f - d * e) / determinant;
    this.f = (b * e - a * f) / determinant;
    return this;
  }

  multiply(other: AffineMatrix | Init): AffineMatrix {
    return this.copy().multiplySelf(other);
  }

  translate(x = 0, y = 0): AffineMatrix {
    return this.copy().translateSelf(x, y);
  }

  scale(x = 1, y = x): AffineMatrix {
    return this.copy().scaleSelf(x, y);
  }

  inverse(): AffineMatrix {
    return this.copy().invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }

  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

export function ensureDomMatrix(): void {
  const globals = globalThis as { DOMMatrix?: unknown };
  globals.DOMMatrix ??= AffineMatrix;
}
