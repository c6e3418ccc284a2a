/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String) {\n    mlaRequests(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          closed\n          urgent\n          overdue\n          requesting {\n            agencyId\n            agencyName\n            stateCode\n          }\n          requested {\n            agencyId\n            agencyName\n            stateCode\n          }\n          deadlines {\n            kind\n            dueAt\n            running\n            overdue\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MlaRequestsDocument,
    "\n  fragment MlaRequestFields on MlaRequest {\n    id\n    reference\n    status\n    closed\n    version\n    availableActions\n    requesting {\n      agencyId\n      agencyName\n      stateCode\n    }\n    requested {\n      agencyId\n      agencyName\n      stateCode\n    }\n    caseId\n    legalBasis\n    treatyName\n    measures {\n      id\n      kind\n      details\n      outcome\n      ground\n      note\n    }\n    factsSummary\n    offences\n    personsConcerned\n    urgent\n    urgencyReason\n    confidential\n    language\n    infoQuestion\n    postponedReason\n    postponedUntil\n    refusalGround\n    refusalGroundText\n    refusalReasons\n    extensionDays\n    extensionReason\n    submittedAt\n    receivedAt\n    deadlines {\n      kind\n      dueAt\n      running\n      overdue\n    }\n    overdue\n    history {\n      action\n      fromStatus\n      toStatus\n      actorAgencyId\n      at\n      comment\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      createdAt\n    }\n    documents {\n      id\n      messageId\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      uploadedAgencyId\n      createdAt\n    }\n  }\n": typeof types.MlaRequestFieldsFragmentDoc,
    "\n  query MlaRequest($id: ID!) {\n    mlaRequest(id: $id) {\n      ...MlaRequestFields\n    }\n  }\n": typeof types.MlaRequestDocument,
    "\n  mutation TransitionMlaRequest($input: MlaTransitionInput!) {\n    transitionMlaRequest(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": typeof types.TransitionMlaRequestDocument,
    "\n  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {\n    createMlaRequest(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateMlaRequestDocument,
    "\n  mutation PostMlaMessage($input: PostMlaMessageInput!) {\n    postMlaMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.PostMlaMessageDocument,
    "\n  query MlaDirectory {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      kind\n      name\n      state {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MlaDirectoryDocument,
    "\n  query MlaOwnCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n        }\n      }\n    }\n  }\n": typeof types.MlaOwnCasesDocument,
    "\n  mutation UpdateMlaDraft($input: UpdateMlaDraftInput!) {\n    updateMlaDraft(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": typeof types.UpdateMlaDraftDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String) {\n    mlaRequests(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          closed\n          urgent\n          overdue\n          requesting {\n            agencyId\n            agencyName\n            stateCode\n          }\n          requested {\n            agencyId\n            agencyName\n            stateCode\n          }\n          deadlines {\n            kind\n            dueAt\n            running\n            overdue\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MlaRequestsDocument,
    "\n  fragment MlaRequestFields on MlaRequest {\n    id\n    reference\n    status\n    closed\n    version\n    availableActions\n    requesting {\n      agencyId\n      agencyName\n      stateCode\n    }\n    requested {\n      agencyId\n      agencyName\n      stateCode\n    }\n    caseId\n    legalBasis\n    treatyName\n    measures {\n      id\n      kind\n      details\n      outcome\n      ground\n      note\n    }\n    factsSummary\n    offences\n    personsConcerned\n    urgent\n    urgencyReason\n    confidential\n    language\n    infoQuestion\n    postponedReason\n    postponedUntil\n    refusalGround\n    refusalGroundText\n    refusalReasons\n    extensionDays\n    extensionReason\n    submittedAt\n    receivedAt\n    deadlines {\n      kind\n      dueAt\n      running\n      overdue\n    }\n    overdue\n    history {\n      action\n      fromStatus\n      toStatus\n      actorAgencyId\n      at\n      comment\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      createdAt\n    }\n    documents {\n      id\n      messageId\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      uploadedAgencyId\n      createdAt\n    }\n  }\n": types.MlaRequestFieldsFragmentDoc,
    "\n  query MlaRequest($id: ID!) {\n    mlaRequest(id: $id) {\n      ...MlaRequestFields\n    }\n  }\n": types.MlaRequestDocument,
    "\n  mutation TransitionMlaRequest($input: MlaTransitionInput!) {\n    transitionMlaRequest(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": types.TransitionMlaRequestDocument,
    "\n  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {\n    createMlaRequest(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateMlaRequestDocument,
    "\n  mutation PostMlaMessage($input: PostMlaMessageInput!) {\n    postMlaMessage(input: $input) {\n      id\n    }\n  }\n": types.PostMlaMessageDocument,
    "\n  query MlaDirectory {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      kind\n      name\n      state {\n        code\n        name\n      }\n    }\n  }\n": types.MlaDirectoryDocument,
    "\n  query MlaOwnCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n        }\n      }\n    }\n  }\n": types.MlaOwnCasesDocument,
    "\n  mutation UpdateMlaDraft($input: UpdateMlaDraftInput!) {\n    updateMlaDraft(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": types.UpdateMlaDraftDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String) {\n    mlaRequests(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          closed\n          urgent\n          overdue\n          requesting {\n            agencyId\n            agencyName\n            stateCode\n          }\n          requested {\n            agencyId\n            agencyName\n            stateCode\n          }\n          deadlines {\n            kind\n            dueAt\n            running\n            overdue\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String) {\n    mlaRequests(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          closed\n          urgent\n          overdue\n          requesting {\n            agencyId\n            agencyName\n            stateCode\n          }\n          requested {\n            agencyId\n            agencyName\n            stateCode\n          }\n          deadlines {\n            kind\n            dueAt\n            running\n            overdue\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MlaRequestFields on MlaRequest {\n    id\n    reference\n    status\n    closed\n    version\n    availableActions\n    requesting {\n      agencyId\n      agencyName\n      stateCode\n    }\n    requested {\n      agencyId\n      agencyName\n      stateCode\n    }\n    caseId\n    legalBasis\n    treatyName\n    measures {\n      id\n      kind\n      details\n      outcome\n      ground\n      note\n    }\n    factsSummary\n    offences\n    personsConcerned\n    urgent\n    urgencyReason\n    confidential\n    language\n    infoQuestion\n    postponedReason\n    postponedUntil\n    refusalGround\n    refusalGroundText\n    refusalReasons\n    extensionDays\n    extensionReason\n    submittedAt\n    receivedAt\n    deadlines {\n      kind\n      dueAt\n      running\n      overdue\n    }\n    overdue\n    history {\n      action\n      fromStatus\n      toStatus\n      actorAgencyId\n      at\n      comment\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      createdAt\n    }\n    documents {\n      id\n      messageId\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      uploadedAgencyId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment MlaRequestFields on MlaRequest {\n    id\n    reference\n    status\n    closed\n    version\n    availableActions\n    requesting {\n      agencyId\n      agencyName\n      stateCode\n    }\n    requested {\n      agencyId\n      agencyName\n      stateCode\n    }\n    caseId\n    legalBasis\n    treatyName\n    measures {\n      id\n      kind\n      details\n      outcome\n      ground\n      note\n    }\n    factsSummary\n    offences\n    personsConcerned\n    urgent\n    urgencyReason\n    confidential\n    language\n    infoQuestion\n    postponedReason\n    postponedUntil\n    refusalGround\n    refusalGroundText\n    refusalReasons\n    extensionDays\n    extensionReason\n    submittedAt\n    receivedAt\n    deadlines {\n      kind\n      dueAt\n      running\n      overdue\n    }\n    overdue\n    history {\n      action\n      fromStatus\n      toStatus\n      actorAgencyId\n      at\n      comment\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      createdAt\n    }\n    documents {\n      id\n      messageId\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      uploadedAgencyId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MlaRequest($id: ID!) {\n    mlaRequest(id: $id) {\n      ...MlaRequestFields\n    }\n  }\n"): (typeof documents)["\n  query MlaRequest($id: ID!) {\n    mlaRequest(id: $id) {\n      ...MlaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionMlaRequest($input: MlaTransitionInput!) {\n    transitionMlaRequest(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionMlaRequest($input: MlaTransitionInput!) {\n    transitionMlaRequest(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {\n    createMlaRequest(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {\n    createMlaRequest(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostMlaMessage($input: PostMlaMessageInput!) {\n    postMlaMessage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostMlaMessage($input: PostMlaMessageInput!) {\n    postMlaMessage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MlaDirectory {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      kind\n      name\n      state {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MlaDirectory {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      kind\n      name\n      state {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MlaOwnCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MlaOwnCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMlaDraft($input: UpdateMlaDraftInput!) {\n    updateMlaDraft(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMlaDraft($input: UpdateMlaDraftInput!) {\n    updateMlaDraft(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;