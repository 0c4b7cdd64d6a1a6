import { describe, expectTypeOf, it } from 'vitest';
import type { KObject } from '../kinds/types.ts';
import type { Maybe, PodSpec, PodStatus, ResolversParentTypes } from './generated/graphql.ts';

// Checked by the type checker (`npm run typecheck`); at run time these only pass.
describe("the objects a kind's resolvers receive", () => {
  it('are stored objects whose spec and status have their schema types', () => {
    expectTypeOf<ResolversParentTypes['Pod']['spec']>().toEqualTypeOf<Maybe<PodSpec> | undefined>();
    expectTypeOf<ResolversParentTypes['Pod']['status']>().toEqualTypeOf<Maybe<PodStatus> | undefined>();
    expectTypeOf<ResolversParentTypes['Pod']['metadata']>().toEqualTypeOf<KObject['metadata']>();
  });

  it('are what the store holds, so a resolver returns a stored object as it is', () => {
    expectTypeOf<KObject>().toExtend<ResolversParentTypes['Deployment']>();
    expectTypeOf<ResolversParentTypes['ConfigMap']>().toExtend<KObject>();
  });
});
