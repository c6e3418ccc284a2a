/**
 * The names auth.service.ts gives identity's plain types, from before its GraphQL types moved to
 * the gateway (apps/gateway/src/identity). Kept so that file, changed on another branch, is left
 * alone here: once both are in, it imports identity.views and this file goes.
 */
export type { AuthPayloadView as AuthPayload, SignInCommand as SignInInput, UserView as UserModel } from '../identity.views';
