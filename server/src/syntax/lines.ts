/**
 * CST → lines: the visitor turns each `line` node of the concrete syntax tree into a LineCst with
 * its tokens in source order. The tree builder works on these.
 */
import type { CstNode, IToken } from 'chevrotain';
import { planParser, type LineCst } from './parser';

type CstChildren = Record<string, (CstNode | IToken)[]>;

const BaseVisitor = planParser.getBaseCstVisitorConstructor<void, unknown>();

class LineVisitor extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  file(children: CstChildren): LineCst[] {
    return ((children.line as CstNode[] | undefined) ?? []).map((node) => this.visit(node) as LineCst);
  }

  line(children: CstChildren): LineCst {
    const headNode = (children.head as CstNode[] | undefined)?.[0];
    const inlineNodes = (children.inline as CstNode[] | undefined) ?? [];
    const inlines = inlineNodes
      .map((node) => this.visit(node) as IToken | undefined)
      .filter((token): token is IToken => token !== undefined && !token.isInsertedInRecovery)
      .sort((a, b) => a.startOffset - b.startOffset);
    const result: LineCst = { inlines };
    const indent = firstToken(children.Indent);
    const comment = firstToken(children.CommentLine);
    const newline = firstToken(children.Newline);
    if (indent) result.indent = indent;
    if (comment) result.comment = comment;
    const head = headNode ? (this.visit(headNode) as IToken | undefined) : undefined;
    if (head && !head.isInsertedInRecovery) result.head = head;
    if (newline) result.newline = newline;
    return result;
  }

  head(children: CstChildren): IToken | undefined {
    return onlyToken(children);
  }

  inline(children: CstChildren): IToken | undefined {
    return onlyToken(children);
  }
}

function firstToken(nodes: (CstNode | IToken)[] | undefined): IToken | undefined {
  const first = nodes?.[0];
  return first && 'image' in first ? first : undefined;
}

/**
 * A head or inline node holds one token, whatever its type; a node that error recovery left
 * empty holds none.
 */
function onlyToken(children: CstChildren): IToken | undefined {
  for (const nodes of Object.values(children)) {
    const token = firstToken(nodes);
    if (token) return token;
  }
  return undefined;
}

export const lineVisitor = new LineVisitor();
