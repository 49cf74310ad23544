/**
 * What the prose analyses found in each piece of a file (a paragraph, a title, a one-line value),
 * kept from one check of the file to the next, so that a check of a new version reads again only
 * the pieces whose text changed. An editor checks the same file after every pause in typing; one
 * keystroke changes one piece, and a plan of a megabyte has thousands.
 *
 * A piece's findings are a function of its text and of what the analysis reads beside it (the
 * workspace's names, the plan's years, the settings): the analysis names the latter as its
 * `environment`, a string, and a memo kept under another environment is dropped whole. Offsets
 * are kept relative to the piece, and a finding taken from the memo is placed at the piece's new
 * offset, its location and fix edits moved by the same amount; messages and fixes are otherwise
 * the same objects. A file whose text NFC changed (`SourceText.wasNormalised`) maps offsets
 * cluster by cluster, not by a shift, so its pieces are always read afresh.
 *
 * The memo is passed to the check (`checkFile`'s last argument) by its owner, the language
 * server, one per open document; a check without one (the command line) reads every piece once.
 * Each analysis keeps only the pieces the last check of the file read, so the memo is never much
 * larger than the file's own prose.
 */
import type { Finding, Fix } from '../base/diagnostic';
import type { SourceText } from '../base/source';

/** A finding as the memo keeps it: its location and edits as offsets from the piece's start. */
interface KeptFinding extends Omit<Finding, 'location'> {
  location: { start: number; end: number };
}

/** What one analysis read in one piece: its findings and the facts its document-wide part needs. */
interface Kept<Facts> {
  findings: readonly KeptFinding[];
  /** In normalised offsets from the piece's start; the analysis places them (`PieceReading.read`). */
  facts: Facts;
}

interface AnalysisMemo {
  environment: string;
  pieces: Map<string, Kept<unknown>>;
}

/** The text of a span of prose as the analyses read it, and its masked references, offsets from its start. */
export interface KeptSpan {
  text: string;
  references: readonly { start: number; end: number }[];
}

/** The pieces each analysis read in the last check of one file. */
export class CheckMemo {
  private readonly analyses = new Map<string, AnalysisMemo>();
  /** The spans of prose made for the version of the file checked last and for the one before, by their paragraph's text. */
  private spans: { version: object; now: Map<string, KeptSpan>; before: Map<string, KeptSpan> } | undefined;

  /**
   * The spans kept for `version` (the parsed file) and for the version checked before it. A span
   * made from the same text is the same string, so the analyses' memos find it at once.
   */
  spansOf(version: object): { now: Map<string, KeptSpan>; before: Map<string, KeptSpan> } {
    if (this.spans?.version !== version) this.spans = { version, now: new Map(), before: this.spans?.now ?? new Map() };
    return this.spans;
  }

  /** The pieces `analysis` kept under `environment`, or none when it was kept under another one. */
  kept(analysis: string, environment: string): Map<string, Kept<unknown>> | undefined {
    const known = this.analyses.get(analysis);
    return known?.environment === environment ? known.pieces : undefined;
  }

  /** What the analysis read this time replaces what it kept, so pieces no longer in the file go. */
  keep(analysis: string, environment: string, pieces: Map<string, Kept<unknown>>): void {
    this.analyses.set(analysis, { environment, pieces });
  }
}

/** What an analysis computes for one piece: findings at their offsets in the file, and facts relative to the piece. */
export interface PieceResult<Facts> {
  findings: Finding[];
  facts: Facts;
}

/**
 * One analysis's reading of the pieces of one file, through the memo when there is one. `read`
 * adds a piece's findings at their place in this version to the analysis's list and gives its
 * facts, relative to the piece; `finish` keeps what was read for the next check.
 */
export class PieceReading<Facts> {
  private readonly before: Map<string, Kept<unknown>> | undefined;
  private readonly now = new Map<string, Kept<unknown>>();
  private readonly memo: CheckMemo | undefined;

  constructor(
    memo: CheckMemo | undefined,
    private readonly source: SourceText,
    private readonly analysis: string,
    private readonly environment: string,
  ) {
    // Offsets of a text NFC changed do not move by a shift: such a file is read afresh each time.
    this.memo = source.wasNormalised ? undefined : memo;
    this.before = this.memo?.kept(analysis, environment);
  }

  /**
   * The facts of the piece `text` at normalised offset `start`, its findings added to `into`.
   * `compute` reads the piece: its findings at their offsets in this file, its facts relative to
   * the piece's start. Nothing is made for a piece the memo has without findings, most of them.
   */
  read(text: string, start: number, compute: () => PieceResult<Facts>, into?: Finding[]): Facts {
    // The last check first: most pieces are there, and a piece this check already read is too unless it is new.
    const known = this.memo && ((this.before?.get(text) ?? this.now.get(text)) as Kept<Facts> | undefined);
    if (known) {
      this.now.set(text, known);
      if (known.findings.length > 0) {
        const origin = this.source.toOriginal(start);
        for (const kept of known.findings) into?.push(this.placed(kept, origin));
      }
      return known.facts;
    }
    const result = compute();
    if (into) for (const found of result.findings) into.push(found);
    // A finding that points elsewhere (related information) cannot be moved with its piece.
    if (this.memo && result.findings.every((found) => !found.related)) {
      const origin = this.source.toOriginal(start);
      this.now.set(text, { findings: result.findings.map((found) => moved(found, -origin)), facts: result.facts });
    }
    return result.facts;
  }

  /** Keeps this check's pieces for the next one. */
  finish(): void {
    this.memo?.keep(this.analysis, this.environment, this.now);
  }

  private placed(kept: KeptFinding, origin: number): Finding {
    const moving = moved(kept, origin);
    return { ...moving, location: this.source.lines.location(moving.location.start, moving.location.end) };
  }
}

/** The finding with its location and fix edits `by` code units later, every other field as it is. */
function moved(found: KeptFinding | Finding, by: number): KeptFinding {
  const result: KeptFinding = { ...found, location: { start: found.location.start + by, end: found.location.end + by } };
  if (found.fixes) result.fixes = found.fixes.map((fix): Fix => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + by, end: edit.end + by })) }));
  return result;
}
