/**
 * Recursive-descent parser for the grammar of docs 3.2 (`and` binds tighter than `or`).
 * Errors stop the parse and become one Diagnostic; mixed and/or at one level is accepted with a
 * warning whose quick fix adds the parentheses (docs 3.7).
 */
import { rangeOfOffsets, type Diagnostic, type QuickFix } from '../diagnostics.ts';
import {
  FUNCTION_ARITY,
  type CompareOp,
  type FqlNode,
  type FunctionName,
  type LiteralNode,
  type LogicNode,
  type Span,
} from './ast.ts';
import { MAX_CONDITION_LENGTH, MAX_NESTING_DEPTH } from './limits.ts';
import { CMP_OPS, describeToken, mixedAndOrWarning, unexpectedToken } from './parse-errors.ts';
import { FqlSyntaxError, tokenize, type Token } from './tokenize.ts';

export type ParseResult = { ast: FqlNode | null; diagnostics: Diagnostic[] };

export function parseFql(text: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const at = (start: number, end: number) => rangeOfOffsets(text, start, end);
  if (text.length > MAX_CONDITION_LENGTH) {
    diagnostics.push({
      source: 'fql',
      code: 'fql/too-long',
      severity: 'error',
      target: 'condition',
      range: at(0, 1),
      message: `condition is too long: ${text.length.toLocaleString('en-US')} characters, the limit is ${MAX_CONDITION_LENGTH.toLocaleString('en-US')}`,
    });
    return { ast: null, diagnostics };
  }
  if (text.trim() === '') {
    diagnostics.push({
      source: 'fql',
      code: 'fql/empty',
      severity: 'error',
      target: 'condition',
      range: at(0, 1),
      message: 'condition is empty: Customer.io requires a trigger condition (for example type = "track")',
    });
    return { ast: null, diagnostics };
  }
  try {
    const parser = new Parser(text, tokenize(text), diagnostics);
    return { ast: parser.parseTop(), diagnostics };
  } catch (e) {
    if (!(e instanceof FqlSyntaxError)) throw e;
    const range = at(e.start, e.end);
    const fixes: QuickFix[] | undefined =
      e.fixes ?? (e.replacement ? [{ title: e.replacement.title, edits: [{ range, text: e.replacement.text }] }] : undefined);
    diagnostics.push({
      source: 'fql',
      code: e.code,
      severity: 'error',
      target: 'condition',
      range,
      message: `${e.message} at ${range.startLine}:${range.startColumn}`,
      ...(fixes ? { fixes } : {}),
    });
    return { ast: null, diagnostics: diagnostics.filter((d) => d.severity === 'error') };
  }
}

class Parser {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly diagnostics: Diagnostic[],
  ) {}

  parseTop(): FqlNode {
    const node = this.parseOr(0);
    const t = this.peek();
    if (t.kind !== 'eof') this.unexpected(t, "expected 'and', 'or' or the end of the condition");
    return node;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }
  private next(): Token {
    return this.tokens[this.pos++];
  }
  private span(start: number, end: number): Span {
    return { start, end, range: rangeOfOffsets(this.text, start, end) };
  }
  private isWord(t: Token, word: string): boolean {
    return t.kind === 'word' && !t.escaped && t.raw === word;
  }
  private describe(t: Token): string {
    return describeToken(this.text, t);
  }
  private checkDepth(depth: number, t: Token): void {
    if (depth > MAX_NESTING_DEPTH) {
      throw new FqlSyntaxError(
        `nesting is too deep: more than ${MAX_NESTING_DEPTH} levels of parentheses, '!', lists or function calls`,
        t.start,
        Math.max(t.end, t.start + 1),
        'fql/too-deep',
      );
    }
  }

  private unexpected(t: Token, expected: string): never {
    throw unexpectedToken(this.text, t, expected);
  }

  private parseOr(depth: number): FqlNode {
    const first = this.parseAnd(depth);
    if (!this.isWord(this.peek(), 'or')) return first.node;
    const parts = [first];
    while (this.isWord(this.peek(), 'or')) {
      this.next();
      parts.push(this.parseAnd(depth));
    }
    const operands = parts.map((p) => p.node);
    const node: LogicNode = { type: 'or', operands, ...this.span(operands[0].start, operands[operands.length - 1].end) };
    const bare = parts.filter((p) => p.bareAnd).map((p) => p.node);
    if (bare.length > 0) this.warnMixed(node, bare);
    return node;
  }

  /** `bareAnd`: an `and` chain built at this level without parentheses. */
  private parseAnd(depth: number): { node: FqlNode; bareAnd: boolean } {
    const first = this.parseUnary(depth);
    if (!this.isWord(this.peek(), 'and')) return { node: first, bareAnd: false };
    const operands = [first];
    while (this.isWord(this.peek(), 'and')) {
      this.next();
      operands.push(this.parseUnary(depth));
    }
    return { node: { type: 'and', operands, ...this.span(operands[0].start, operands[operands.length - 1].end) }, bareAnd: true };
  }

  private warnMixed(node: LogicNode, bare: FqlNode[]): void {
    this.diagnostics.push(mixedAndOrWarning(this.text, node, bare));
  }

  private parseUnary(depth: number): FqlNode {
    const t = this.peek();
    if (t.kind === 'op' && t.value === '!') {
      this.checkDepth(depth + 1, t);
      this.next();
      const operand = this.parseUnary(depth + 1);
      return { type: 'not', operand, ...this.span(t.start, operand.end) };
    }
    return this.parseComparison(depth);
  }

  private parseComparison(depth: number): FqlNode {
    const left = this.parseOperand(depth, null);
    const t = this.peek();
    let op: CompareOp | null = null;
    if (t.kind === 'op' && CMP_OPS.has(t.value)) op = t.value as CompareOp;
    else if (this.isWord(t, 'in')) op = 'in';
    if (!op) return left;
    this.next();
    const right = this.parseOperand(depth, t);
    return { type: 'compare', op, left, right, opSpan: this.span(t.start, t.end), ...this.span(left.start, right.end) };
  }

  private expectedValue(after: Token | null, t: Token): never {
    if (t.kind === 'word' && !t.escaped && (t.raw === 'and' || t.raw === 'or' || t.raw === 'in')) {
      throw new FqlSyntaxError(`expected a value before '${t.raw}'`, t.start, t.end);
    }
    if (t.kind === 'op' && t.value === '!' && after) {
      throw new FqlSyntaxError(`expected a value after ${this.describe(after)}; '!' can only start a condition`, t.start, t.end);
    }
    const where = after ? ` after ${this.describe(after)}` : '';
    const found = t.kind === 'eof' ? ' but the condition ends' : `, found ${this.describe(t)}`;
    if (t.kind !== 'eof' && t.kind !== ')' && t.kind !== ',' && t.kind !== ']') this.unexpected(t, `expected a value${where}`);
    throw new FqlSyntaxError(`expected a value${where}${found}`, t.kind === 'eof' && after ? after.start : t.start, t.kind === 'eof' && after ? after.end : t.end);
  }

  private parseOperand(depth: number, after: Token | null): FqlNode {
    const t = this.peek();
    const prev = after ?? (this.pos > 0 ? this.tokens[this.pos - 1] : null);
    switch (t.kind) {
      case '(': {
        this.checkDepth(depth + 1, t);
        this.next();
        const inner = this.parseOr(depth + 1);
        const close = this.peek();
        if (close.kind !== ')') {
          const open = rangeOfOffsets(this.text, t.start, t.end);
          if (close.kind === 'eof') throw new FqlSyntaxError(`expected ')' to close the '(' opened at ${open.startLine}:${open.startColumn}`, close.start, close.end);
          this.unexpected(close, `expected ')' to close the '(' opened at ${open.startLine}:${open.startColumn}`);
        }
        this.next();
        return inner;
      }
      case '[':
        this.checkDepth(depth + 1, t);
        return this.parseList();
      case 'string':
        this.next();
        return { type: 'string', value: t.value, quote: t.quote, ...this.span(t.start, t.end) };
      case 'number':
        this.next();
        return { type: 'number', value: t.value, raw: t.raw, ...this.span(t.start, t.end) };
      case 'word':
        return this.parseWord(t, depth, prev);
      default:
        return this.expectedValue(prev, t);
    }
  }

  private parseWord(t: Extract<Token, { kind: 'word' }>, depth: number, prev: Token | null): FqlNode {
    const simple = !t.escaped && t.segments.length === 1;
    if (simple && (t.raw === 'and' || t.raw === 'or' || t.raw === 'in')) this.expectedValue(prev, t);
    this.next();
    if (simple && (t.raw === 'true' || t.raw === 'false')) return { type: 'bool', value: t.raw === 'true', ...this.span(t.start, t.end) };
    if (simple && t.raw === 'null') return { type: 'null', ...this.span(t.start, t.end) };
    if (this.peek().kind === '(') {
      if (!simple || !(t.raw in FUNCTION_ARITY)) {
        throw new FqlSyntaxError(
          `unknown function '${t.raw}'; FQL functions are contains, match, length, lowercase and typeof`,
          t.start,
          t.end,
          'fql/unknown-function',
        );
      }
      return this.parseCall(t.raw as FunctionName, t, depth);
    }
    return { type: 'path', segments: t.segments, raw: t.raw, ...this.span(t.start, t.end) };
  }

  private parseCall(name: FunctionName, t: Token, depth: number): FqlNode {
    this.checkDepth(depth + 1, t);
    const open = this.next();
    const args: FqlNode[] = [];
    if (this.peek().kind !== ')') {
      for (;;) {
        args.push(this.parseOr(depth + 1));
        const sep = this.peek();
        if (sep.kind === ',') {
          this.next();
          continue;
        }
        if (sep.kind === ')') break;
        if (sep.kind === 'eof') {
          const r = rangeOfOffsets(this.text, open.start, open.end);
          throw new FqlSyntaxError(`expected ')' to close ${name}( opened at ${r.startLine}:${r.startColumn}`, sep.start, sep.end);
        }
        this.unexpected(sep, `expected ',' or ')' in ${name}()`);
      }
    }
    const close = this.next();
    const want = FUNCTION_ARITY[name];
    if (args.length !== want) {
      throw new FqlSyntaxError(
        `${name}() takes ${want} argument${want === 1 ? '' : 's'}, got ${args.length}`,
        t.start,
        close.end,
        'fql/arity',
      );
    }
    return { type: 'call', name, args, ...this.span(t.start, close.end) };
  }

  private parseList(): FqlNode {
    const open = this.next();
    const items: LiteralNode[] = [];
    if (this.peek().kind === ']') return { type: 'list', items, ...this.span(open.start, this.next().end) };
    for (;;) {
      const t = this.peek();
      const item = t.kind === 'string' || t.kind === 'number' || t.kind === 'word' ? this.parseOperand(0, null) : null;
      if (!item || item.type === 'path' || item.type === 'call' || item.type === 'list') {
        throw new FqlSyntaxError(
          `list items must be literals (strings, numbers, true, false, null), found ${this.describe(t)}`,
          t.start,
          Math.max(t.end, t.start + 1),
        );
      }
      items.push(item as LiteralNode);
      const sep = this.next();
      if (sep.kind === ']') return { type: 'list', items, ...this.span(open.start, sep.end) };
      if (sep.kind !== ',') {
        if (sep.kind === 'eof') {
          const r = rangeOfOffsets(this.text, open.start, open.end);
          throw new FqlSyntaxError(`expected ']' to close the list opened at ${r.startLine}:${r.startColumn}`, sep.start, sep.end);
        }
        throw new FqlSyntaxError(`expected ',' or ']' in the list, found ${this.describe(sep)}`, sep.start, sep.end);
      }
    }
  }
}
