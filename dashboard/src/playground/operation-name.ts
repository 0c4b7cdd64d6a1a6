/**
 * GraphiQL keeps the operation name and parsed document of the tab it showed before when Execute
 * is clicked right after a tab switch (both are derived from the editor a moment later), while the
 * query text it sends is the new tab's. The server then answers "Unknown operation named
 * ListPods", and a subscription goes over HTTP instead of the WebSocket because the toolkit picks
 * the transport from that document and name. So the request is read again from the text sent:
 * when its name is in none of the text's operations and the text has exactly one, that one is what
 * the user meant to run.
 */
import { Kind, parse, type DocumentNode } from 'graphql';

export interface GraphQLParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** The params with an operation name the query text can run, and the text's own document (undefined when it does not parse). */
export function runnableRequest(params: GraphQLParams): { params: GraphQLParams; document: DocumentNode | undefined } {
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch {
    return { params, document: undefined }; // the server reports the syntax error
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const named = !params.operationName || operations.some((o) => o.name?.value === params.operationName);
  if (named || operations.length !== 1) return { params, document };
  return { params: { ...params, operationName: operations[0]!.name?.value ?? null }, document };
}
