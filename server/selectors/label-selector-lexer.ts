/**
 * The lexer of Kubernetes' label selector syntax. Identifiers are runs of anything but
 * whitespace and the special characters `=!(),<>`; operators are matched longest first.
 */

export type TokenType = 'id' | 'in' | 'notin' | '(' | ')' | ',' | '!' | '=' | '==' | '!=' | '>' | '<' | 'eos';

export interface Token {
  type: TokenType;
  literal: string;
  /** 0-based index of the token's first character in the input. */
  pos: number;
}

const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<']);
const SYMBOLS = new Set<string>(['(', ')', ',', '!', '=', '==', '!=', '>', '<']);

function isWhitespace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/** Every token of `input`, ending with one `eos` token. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  for (;;) {
    while (i < input.length && isWhitespace(input[i]!)) i++;
    if (i >= input.length) {
      tokens.push({ type: 'eos', literal: '', pos: input.length });
      return tokens;
    }
    const start = i;
    if (SPECIAL.has(input[i]!)) {
      // Longest operator that the following special characters spell: `!=` over `!`.
      let literal = input[i]!;
      i++;
      while (i < input.length && SPECIAL.has(input[i]!) && SYMBOLS.has(literal + input[i]!)) {
        literal += input[i]!;
        i++;
      }
      tokens.push({ type: literal as TokenType, literal, pos: start });
      continue;
    }
    while (i < input.length && !SPECIAL.has(input[i]!) && !isWhitespace(input[i]!)) i++;
    const literal = input.slice(start, i);
    const type: TokenType = literal === 'in' ? 'in' : literal === 'notin' ? 'notin' : 'id';
    tokens.push({ type, literal, pos: start });
  }
}
