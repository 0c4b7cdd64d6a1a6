/**
 * graphql-js, loaded the way Apollo Server, graphql-tools and graphql-ws load it. graphql 16
 * ships a CommonJS and an ESM build; Node resolves `import 'graphql'` to the CommonJS one for
 * everybody, but vitest's resolver hands project files the ESM one while the dependencies keep
 * the CommonJS one, and graphql refuses schemas, errors and AST kinds from "another realm".
 * Requiring it gives one instance in both. Types still come from 'graphql' (`import type`).
 */
import { createRequire } from 'node:module';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const {
  buildSchema,
  createSourceEventStream,
  execute,
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  GraphQLScalarType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  print,
  SchemaMetaFieldDef,
  specifiedRules,
  subscribe,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  validate,
  valueFromASTUntyped,
} = graphql;

export type GraphQLError = import('graphql').GraphQLError;
export type GraphQLScalarType = import('graphql').GraphQLScalarType;
