/** The custom scalars of schema.graphql. Errors are GraphQLErrors, so clients see INVALID. */
import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from './graphql-js.ts';

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

function intOrString(value: unknown): number | string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31) return value;
  throw new GraphQLError(`IntOrString must be a 32-bit integer or a string, not ${JSON.stringify(value)}`);
}

export const IntOrStringScalar = new GraphQLScalarType({
  name: 'IntOrString',
  serialize: intOrString,
  parseValue: intOrString,
  parseLiteral(ast) {
    if (ast.kind === Kind.INT) return intOrString(Number(ast.value));
    if (ast.kind === Kind.STRING) return ast.value;
    throw new GraphQLError('IntOrString must be an integer or a string literal', { nodes: [ast] });
  },
});
