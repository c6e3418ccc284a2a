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
    "\n  query MyAccount {\n    me {\n      id\n      secondFactorEnrolled\n      secondFactorRequired\n      passwordChangeRequired\n    }\n    mySessions {\n      id\n      startedAt\n      lastActiveAt\n      userAgent\n      address\n      current\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      otpauthUri\n      qrCode\n      secret\n    }\n  }\n": typeof types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmSecondFactorEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($oneTimeCode: String!) {\n    regenerateRecoveryCodes(oneTimeCode: $oneTimeCode) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableSecondFactor($code: String!) {\n    disableSecondFactor(code: $code)\n  }\n": typeof types.DisableSecondFactorDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      language\n      kinds {\n        kind\n        delivery\n        chosen\n      }\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: MailDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      chosen\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetMailLanguage($language: MailLanguage!) {\n    setMailLanguage(language: $language)\n  }\n": typeof types.SetMailLanguageDocument,
    "\n  query AgencyUsers($first: Int!, $after: String, $status: AccountStatus) {\n    agencyUsers(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n          status\n          lockedUntil\n          secondFactorEnrolled\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AgencyUsersDocument,
    "\n  fragment AgencyUserFields on User {\n    id\n    displayName\n    email\n    roles\n    status\n    disabled\n    lockedUntil\n    secondFactorEnrolled\n    passwordChangeRequired\n    lastSignInAt\n  }\n": typeof types.AgencyUserFieldsFragmentDoc,
    "\n  query AgencyUser($id: ID!) {\n    agencyUser(id: $id) {\n      ...AgencyUserFields\n    }\n  }\n": typeof types.AgencyUserDocument,
    "\n  mutation EnrolUser($input: EnrolUserInput!) {\n    enrolUser(input: $input) {\n      setPasswordToken\n      setPasswordExpiresAt\n      user {\n        ...AgencyUserFields\n      }\n    }\n  }\n": typeof types.EnrolUserDocument,
    "\n  mutation GrantRoles($input: ChangeRolesInput!) {\n    grantRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n": typeof types.GrantRolesDocument,
    "\n  mutation RevokeRoles($input: ChangeRolesInput!) {\n    revokeRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n": typeof types.RevokeRolesDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      password\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n": typeof types.SetPasswordWithLinkDocument,
    "\n  query MailDeliveryFailures {\n    mailDeliveryFailures(first: 20) {\n      id\n      kind\n      recipientName\n      recipientEmail\n      attempts\n      lastError\n      failedAt\n    }\n  }\n": typeof types.MailDeliveryFailuresDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 50, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilterInput) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorState\n          action\n          outcome\n          targetType\n          targetId\n          targetState\n          purpose\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditEvent($id: String!) {\n    auditEvent(id: $id) {\n      id\n      occurredAt\n      actorUserId\n      actorAgencyId\n      actorState\n      action\n      outcome\n      targetType\n      targetId\n      targetState\n      requestId\n      purpose\n      recipients\n      details {\n        key\n        value\n      }\n    }\n  }\n": typeof types.AuditEventDocument,
    "\n  query AuditChainState($verify: Boolean!) {\n    auditChainState(verify: $verify) {\n      sealedEvents\n      pendingEvents\n      verified\n      intact\n      checkpointsVerified\n      firstBroken {\n        position\n        eventId\n        reason\n      }\n      latestCheckpoint {\n        signedAt\n        position\n        eventId\n        signatureValid\n        matchesChain\n      }\n    }\n  }\n": typeof types.AuditChainStateDocument,
    "\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n          status\n          formsOfExploitation\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  fragment CaseDetails on Case {\n    id\n    nationalReference\n    title\n    status\n    formsOfExploitation\n    childVictims\n    organisedCrimeGroup\n    financialInvestigation\n    version\n    updatedAt\n  }\n": typeof types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      identifiers {\n        id\n        type\n        value\n        role\n        note\n      }\n    }\n    matches(caseId: $id) {\n      id\n      identifierType\n      foundAt\n      otherAgency {\n        id\n        name\n        stateCode\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    caseShares(caseId: $id) {\n      id\n      handlingCode\n      handlingRestriction\n      sharedAt\n      acknowledgedAt\n      revokedAt\n      expiresAt\n      recipientAgency {\n        name\n        stateName\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation AddIdentifier($input: AddIdentifierInput!) {\n    addIdentifier(input: $input) {\n      id\n    }\n  }\n": typeof types.AddIdentifierDocument,
    "\n  mutation RemoveIdentifier($id: ID!) {\n    removeIdentifier(id: $id)\n  }\n": typeof types.RemoveIdentifierDocument,
    "\n  mutation RequestDisclosure($matchId: ID!, $message: String!) {\n    requestDisclosure(matchId: $matchId, message: $message)\n  }\n": typeof types.RequestDisclosureDocument,
    "\n  mutation ShareCase($input: ShareCaseInput!) {\n    shareCase(input: $input) {\n      id\n    }\n  }\n": typeof types.ShareCaseDocument,
    "\n  mutation RevokeCaseShare($id: ID!) {\n    revokeCaseShare(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeCaseShareDocument,
    "\n  query ShareRecipients {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n      }\n    }\n  }\n": typeof types.ShareRecipientsDocument,
    "\n  query CaseStory($caseId: ID!, $caseReference: String!) {\n    mlaRequests(first: 50, filter: { caseId: $caseId }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          requested {\n            agencyName\n            stateCode\n          }\n        }\n      }\n    }\n    handoffs(first: 50, filter: { caseReference: $caseReference }) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          proposedAt\n          receivingAgency {\n            name\n            state {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseStoryDocument,
    "\n  query Desk($mla: Boolean!, $cases: Boolean!) {\n    waiting: mlaRequests(\n      first: 30\n      filter: {\n        statuses: [SUBMITTED, FORWARDED, ACKNOWLEDGED, IN_EXECUTION, POSTPONED, PARTIALLY_EXECUTED, ADDITIONAL_INFO_REQUESTED]\n      }\n    ) @include(if: $mla) {\n      edges {\n        node {\n          ...DeskRequest\n        }\n      }\n    }\n    recentMatches(first: 10) @include(if: $cases) {\n      id\n      caseId\n      caseReference\n      identifierType\n      foundAt\n      otherAgency {\n        name\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    sharedCases(first: 50) @include(if: $cases) {\n      edges {\n        node {\n          id\n          acknowledgedAt\n          sharedAt\n          handlingCode\n          ownerAgency {\n            name\n            stateName\n          }\n        }\n      }\n    }\n    notifications(first: 10, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          createdAt\n        }\n      }\n    }\n  }\n\n  fragment DeskRequest on MlaRequest {\n    id\n    reference\n    status\n    urgent\n    overdue\n    requesting {\n      agencyId\n      stateCode\n    }\n    requested {\n      agencyId\n      stateCode\n    }\n    deadlines {\n      kind\n      dueAt\n      overdue\n      running\n    }\n  }\n": typeof types.DeskDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment HandoffAgency on Agency {\n    id\n    name\n    state {\n      code\n      name\n    }\n  }\n": typeof types.HandoffAgencyFragmentDoc,
    "\n  query Handoffs($first: Int!, $after: String, $filter: HandoffFilter) {\n    handoffs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          urgent\n          exploitationForm\n          overdue\n          acceptanceDueAt\n          proposedAt\n          referringAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n          receivingAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HandoffsDocument,
    "\n  fragment HandoffFields on Handoff {\n    id\n    victimCode\n    view\n    status\n    version\n    availableActions\n    linkedCaseReference\n    proposedAt\n    acceptanceDueAt\n    overdue\n    acceptedAt\n    declinedAt\n    declineReason\n    startedAt\n    completedAt\n    withdrawnAt\n    withdrawalReason\n    urgent\n    minor\n    nonPunishment\n    exploitationForm\n    identifiedAt\n    reflectionPeriodEndsAt\n    riskAssessedAt\n    riskLevel\n    guardianAppointedAt\n    bestInterestAssessedAt\n    needs {\n      need\n      note\n    }\n    consent {\n      scope\n      basis\n      givenAt\n      withdrawnAt\n      explainedBy\n      language\n    }\n    referringAgency {\n      ...HandoffAgency\n    }\n    receivingAgency {\n      ...HandoffAgency\n    }\n    services {\n      id\n      need\n      note\n      deliveredAt\n    }\n    identityReveals {\n      revealedAt\n      revealedBy\n      agencyId\n      purpose\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      sentAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      createdAt\n    }\n  }\n": typeof types.HandoffFieldsFragmentDoc,
    "\n  subscription HandoffChanged($id: ID!) {\n    handoffChanged(id: $id) {\n      handoffId\n    }\n  }\n": typeof types.HandoffChangedDocument,
    "\n  query Handoff($id: ID!) {\n    handoff(id: $id) {\n      ...HandoffFields\n    }\n  }\n": typeof types.HandoffDocument,
    "\n  mutation TransitionHandoff($input: TransitionHandoffInput!) {\n    transitionHandoff(input: $input) {\n      ...HandoffFields\n    }\n  }\n": typeof types.TransitionHandoffDocument,
    "\n  mutation WithdrawHandoffConsent($input: WithdrawConsentInput!) {\n    withdrawHandoffConsent(input: $input) {\n      ...HandoffFields\n    }\n  }\n": typeof types.WithdrawHandoffConsentDocument,
    "\n  mutation RecordHandoffSafeguard($input: RecordSafeguardInput!) {\n    recordHandoffSafeguard(input: $input) {\n      ...HandoffFields\n    }\n  }\n": typeof types.RecordHandoffSafeguardDocument,
    "\n  mutation LogHandoffService($input: LogHandoffServiceInput!) {\n    logHandoffService(input: $input) {\n      ...HandoffFields\n    }\n  }\n": typeof types.LogHandoffServiceDocument,
    "\n  mutation SendHandoffMessage($input: SendHandoffMessageInput!) {\n    sendHandoffMessage(input: $input) {\n      ...HandoffFields\n    }\n  }\n": typeof types.SendHandoffMessageDocument,
    "\n  mutation RevealVictimIdentity($handoffId: ID!, $purpose: String!, $oneTimeCode: String) {\n    revealVictimIdentity(handoffId: $handoffId, purpose: $purpose, oneTimeCode: $oneTimeCode) {\n      familyName\n      givenNames\n      dateOfBirth\n      nationality\n      languages\n      contact\n    }\n  }\n": typeof types.RevealVictimIdentityDocument,
    "\n  mutation ProposeHandoff($input: ProposeHandoffInput!) {\n    proposeHandoff(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeHandoffDocument,
    "\n  query SupportAgencies {\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n        name\n      }\n    }\n  }\n": typeof types.SupportAgenciesDocument,
    "\n  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String) {\n    mlaRequests(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          closed\n          urgent\n          overdue\n          requesting {\n            agencyId\n            agencyName\n            stateCode\n          }\n          requested {\n            agencyId\n            agencyName\n            stateCode\n          }\n          deadlines {\n            kind\n            dueAt\n            running\n            overdue\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MlaRequestsDocument,
    "\n  fragment MlaRequestFields on MlaRequest {\n    id\n    reference\n    status\n    closed\n    version\n    availableActions\n    requesting {\n      agencyId\n      agencyName\n      stateCode\n    }\n    requested {\n      agencyId\n      agencyName\n      stateCode\n    }\n    caseId\n    legalBasis\n    treatyName\n    measures {\n      id\n      kind\n      details\n      outcome\n      ground\n      note\n    }\n    factsSummary\n    offences\n    personsConcerned\n    urgent\n    urgencyReason\n    confidential\n    language\n    infoQuestion\n    postponedReason\n    postponedUntil\n    refusalGround\n    refusalGroundText\n    refusalReasons\n    extensionDays\n    extensionReason\n    submittedAt\n    receivedAt\n    deadlines {\n      kind\n      dueAt\n      running\n      overdue\n    }\n    overdue\n    history {\n      action\n      fromStatus\n      toStatus\n      actorAgencyId\n      at\n      comment\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      createdAt\n    }\n    documents {\n      id\n      messageId\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      uploadedAgencyId\n      createdAt\n    }\n  }\n": typeof types.MlaRequestFieldsFragmentDoc,
    "\n  query MlaRequest($id: ID!) {\n    mlaRequest(id: $id) {\n      ...MlaRequestFields\n    }\n  }\n": typeof types.MlaRequestDocument,
    "\n  subscription MlaRequestChanged($id: ID!) {\n    mlaRequestChanged(id: $id) {\n      requestId\n    }\n  }\n": typeof types.MlaRequestChangedDocument,
    "\n  mutation TransitionMlaRequest($input: MlaTransitionInput!) {\n    transitionMlaRequest(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": typeof types.TransitionMlaRequestDocument,
    "\n  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {\n    createMlaRequest(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateMlaRequestDocument,
    "\n  mutation PostMlaMessage($input: PostMlaMessageInput!) {\n    postMlaMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.PostMlaMessageDocument,
    "\n  query MlaDirectory {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      kind\n      name\n      state {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MlaDirectoryDocument,
    "\n  query MlaOwnCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n        }\n      }\n    }\n  }\n": typeof types.MlaOwnCasesDocument,
    "\n  mutation UpdateMlaDraft($input: UpdateMlaDraftInput!) {\n    updateMlaDraft(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": typeof types.UpdateMlaDraftDocument,
    "\n  query PlatformDirectory {\n    states {\n      code\n      name\n    }\n    platformAgencies {\n      id\n      name\n      kind\n      activeAdministrators\n      state {\n        code\n        name\n      }\n    }\n  }\n": typeof types.PlatformDirectoryDocument,
    "\n  mutation CreateState($input: CreateStateInput!) {\n    createState(input: $input) {\n      code\n      name\n    }\n  }\n": typeof types.CreateStateDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation CreateFirstAgencyAdmin($input: CreateFirstAgencyAdminInput!) {\n    createFirstAgencyAdmin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.CreateFirstAgencyAdminDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      passwordChangeRequired\n      secondFactorRequired\n      secondFactorEnrolled\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment SharedCard on CaseShare {\n    id\n    summary\n    contactPoint\n    handlingCode\n    handlingRestriction\n    sharedAt\n    expiresAt\n    acknowledgedAt\n    ownerAgency {\n      id\n      name\n      stateName\n    }\n  }\n": typeof types.SharedCardFragmentDoc,
    "\n  query SharedCases($first: Int, $after: String) {\n    sharedCases(first: $first, after: $after) {\n      edges {\n        node {\n          ...SharedCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SharedCasesDocument,
    "\n  query SharedCase($id: ID!) {\n    sharedCase(id: $id) {\n      ...SharedCard\n    }\n  }\n": typeof types.SharedCaseDocument,
    "\n  mutation AcknowledgeCaseShare($id: ID!) {\n    acknowledgeCaseShare(id: $id) {\n      ...SharedCard\n    }\n  }\n": typeof types.AcknowledgeCaseShareDocument,
    "\n  query MlaStatistics {\n    mlaStatistics {\n      byStatus {\n        status\n        count\n      }\n      overdue\n      medianDaysToAcknowledge\n      medianDaysToExecute\n    }\n  }\n": typeof types.MlaStatisticsDocument,
    "\n  query HandoffStatistics {\n    handoffStatistics {\n      byStatus {\n        key\n        count\n      }\n      byExploitationForm {\n        key\n        count\n      }\n      medianHoursToAcceptance\n    }\n  }\n": typeof types.HandoffStatisticsDocument,
};
const documents: Documents = {
    "\n  query MyAccount {\n    me {\n      id\n      secondFactorEnrolled\n      secondFactorRequired\n      passwordChangeRequired\n    }\n    mySessions {\n      id\n      startedAt\n      lastActiveAt\n      userAgent\n      address\n      current\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      otpauthUri\n      qrCode\n      secret\n    }\n  }\n": types.BeginSecondFactorEnrolmentDocument,
    "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmSecondFactorEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($oneTimeCode: String!) {\n    regenerateRecoveryCodes(oneTimeCode: $oneTimeCode) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableSecondFactor($code: String!) {\n    disableSecondFactor(code: $code)\n  }\n": types.DisableSecondFactorDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      language\n      kinds {\n        kind\n        delivery\n        chosen\n      }\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: MailDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      chosen\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetMailLanguage($language: MailLanguage!) {\n    setMailLanguage(language: $language)\n  }\n": types.SetMailLanguageDocument,
    "\n  query AgencyUsers($first: Int!, $after: String, $status: AccountStatus) {\n    agencyUsers(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n          status\n          lockedUntil\n          secondFactorEnrolled\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AgencyUsersDocument,
    "\n  fragment AgencyUserFields on User {\n    id\n    displayName\n    email\n    roles\n    status\n    disabled\n    lockedUntil\n    secondFactorEnrolled\n    passwordChangeRequired\n    lastSignInAt\n  }\n": types.AgencyUserFieldsFragmentDoc,
    "\n  query AgencyUser($id: ID!) {\n    agencyUser(id: $id) {\n      ...AgencyUserFields\n    }\n  }\n": types.AgencyUserDocument,
    "\n  mutation EnrolUser($input: EnrolUserInput!) {\n    enrolUser(input: $input) {\n      setPasswordToken\n      setPasswordExpiresAt\n      user {\n        ...AgencyUserFields\n      }\n    }\n  }\n": types.EnrolUserDocument,
    "\n  mutation GrantRoles($input: ChangeRolesInput!) {\n    grantRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n": types.GrantRolesDocument,
    "\n  mutation RevokeRoles($input: ChangeRolesInput!) {\n    revokeRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n": types.RevokeRolesDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      password\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n": types.SetPasswordWithLinkDocument,
    "\n  query MailDeliveryFailures {\n    mailDeliveryFailures(first: 20) {\n      id\n      kind\n      recipientName\n      recipientEmail\n      attempts\n      lastError\n      failedAt\n    }\n  }\n": types.MailDeliveryFailuresDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 50, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilterInput) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorState\n          action\n          outcome\n          targetType\n          targetId\n          targetState\n          purpose\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditEvent($id: String!) {\n    auditEvent(id: $id) {\n      id\n      occurredAt\n      actorUserId\n      actorAgencyId\n      actorState\n      action\n      outcome\n      targetType\n      targetId\n      targetState\n      requestId\n      purpose\n      recipients\n      details {\n        key\n        value\n      }\n    }\n  }\n": types.AuditEventDocument,
    "\n  query AuditChainState($verify: Boolean!) {\n    auditChainState(verify: $verify) {\n      sealedEvents\n      pendingEvents\n      verified\n      intact\n      checkpointsVerified\n      firstBroken {\n        position\n        eventId\n        reason\n      }\n      latestCheckpoint {\n        signedAt\n        position\n        eventId\n        signatureValid\n        matchesChain\n      }\n    }\n  }\n": types.AuditChainStateDocument,
    "\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n          status\n          formsOfExploitation\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  fragment CaseDetails on Case {\n    id\n    nationalReference\n    title\n    status\n    formsOfExploitation\n    childVictims\n    organisedCrimeGroup\n    financialInvestigation\n    version\n    updatedAt\n  }\n": types.CaseDetailsFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      identifiers {\n        id\n        type\n        value\n        role\n        note\n      }\n    }\n    matches(caseId: $id) {\n      id\n      identifierType\n      foundAt\n      otherAgency {\n        id\n        name\n        stateCode\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    caseShares(caseId: $id) {\n      id\n      handlingCode\n      handlingRestriction\n      sharedAt\n      acknowledgedAt\n      revokedAt\n      expiresAt\n      recipientAgency {\n        name\n        stateName\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation AddIdentifier($input: AddIdentifierInput!) {\n    addIdentifier(input: $input) {\n      id\n    }\n  }\n": types.AddIdentifierDocument,
    "\n  mutation RemoveIdentifier($id: ID!) {\n    removeIdentifier(id: $id)\n  }\n": types.RemoveIdentifierDocument,
    "\n  mutation RequestDisclosure($matchId: ID!, $message: String!) {\n    requestDisclosure(matchId: $matchId, message: $message)\n  }\n": types.RequestDisclosureDocument,
    "\n  mutation ShareCase($input: ShareCaseInput!) {\n    shareCase(input: $input) {\n      id\n    }\n  }\n": types.ShareCaseDocument,
    "\n  mutation RevokeCaseShare($id: ID!) {\n    revokeCaseShare(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeCaseShareDocument,
    "\n  query ShareRecipients {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n      }\n    }\n  }\n": types.ShareRecipientsDocument,
    "\n  query CaseStory($caseId: ID!, $caseReference: String!) {\n    mlaRequests(first: 50, filter: { caseId: $caseId }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          requested {\n            agencyName\n            stateCode\n          }\n        }\n      }\n    }\n    handoffs(first: 50, filter: { caseReference: $caseReference }) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          proposedAt\n          receivingAgency {\n            name\n            state {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseStoryDocument,
    "\n  query Desk($mla: Boolean!, $cases: Boolean!) {\n    waiting: mlaRequests(\n      first: 30\n      filter: {\n        statuses: [SUBMITTED, FORWARDED, ACKNOWLEDGED, IN_EXECUTION, POSTPONED, PARTIALLY_EXECUTED, ADDITIONAL_INFO_REQUESTED]\n      }\n    ) @include(if: $mla) {\n      edges {\n        node {\n          ...DeskRequest\n        }\n      }\n    }\n    recentMatches(first: 10) @include(if: $cases) {\n      id\n      caseId\n      caseReference\n      identifierType\n      foundAt\n      otherAgency {\n        name\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    sharedCases(first: 50) @include(if: $cases) {\n      edges {\n        node {\n          id\n          acknowledgedAt\n          sharedAt\n          handlingCode\n          ownerAgency {\n            name\n            stateName\n          }\n        }\n      }\n    }\n    notifications(first: 10, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          createdAt\n        }\n      }\n    }\n  }\n\n  fragment DeskRequest on MlaRequest {\n    id\n    reference\n    status\n    urgent\n    overdue\n    requesting {\n      agencyId\n      stateCode\n    }\n    requested {\n      agencyId\n      stateCode\n    }\n    deadlines {\n      kind\n      dueAt\n      overdue\n      running\n    }\n  }\n": types.DeskDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment HandoffAgency on Agency {\n    id\n    name\n    state {\n      code\n      name\n    }\n  }\n": types.HandoffAgencyFragmentDoc,
    "\n  query Handoffs($first: Int!, $after: String, $filter: HandoffFilter) {\n    handoffs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          urgent\n          exploitationForm\n          overdue\n          acceptanceDueAt\n          proposedAt\n          referringAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n          receivingAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HandoffsDocument,
    "\n  fragment HandoffFields on Handoff {\n    id\n    victimCode\n    view\n    status\n    version\n    availableActions\n    linkedCaseReference\n    proposedAt\n    acceptanceDueAt\n    overdue\n    acceptedAt\n    declinedAt\n    declineReason\n    startedAt\n    completedAt\n    withdrawnAt\n    withdrawalReason\n    urgent\n    minor\n    nonPunishment\n    exploitationForm\n    identifiedAt\n    reflectionPeriodEndsAt\n    riskAssessedAt\n    riskLevel\n    guardianAppointedAt\n    bestInterestAssessedAt\n    needs {\n      need\n      note\n    }\n    consent {\n      scope\n      basis\n      givenAt\n      withdrawnAt\n      explainedBy\n      language\n    }\n    referringAgency {\n      ...HandoffAgency\n    }\n    receivingAgency {\n      ...HandoffAgency\n    }\n    services {\n      id\n      need\n      note\n      deliveredAt\n    }\n    identityReveals {\n      revealedAt\n      revealedBy\n      agencyId\n      purpose\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      sentAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      createdAt\n    }\n  }\n": types.HandoffFieldsFragmentDoc,
    "\n  subscription HandoffChanged($id: ID!) {\n    handoffChanged(id: $id) {\n      handoffId\n    }\n  }\n": types.HandoffChangedDocument,
    "\n  query Handoff($id: ID!) {\n    handoff(id: $id) {\n      ...HandoffFields\n    }\n  }\n": types.HandoffDocument,
    "\n  mutation TransitionHandoff($input: TransitionHandoffInput!) {\n    transitionHandoff(input: $input) {\n      ...HandoffFields\n    }\n  }\n": types.TransitionHandoffDocument,
    "\n  mutation WithdrawHandoffConsent($input: WithdrawConsentInput!) {\n    withdrawHandoffConsent(input: $input) {\n      ...HandoffFields\n    }\n  }\n": types.WithdrawHandoffConsentDocument,
    "\n  mutation RecordHandoffSafeguard($input: RecordSafeguardInput!) {\n    recordHandoffSafeguard(input: $input) {\n      ...HandoffFields\n    }\n  }\n": types.RecordHandoffSafeguardDocument,
    "\n  mutation LogHandoffService($input: LogHandoffServiceInput!) {\n    logHandoffService(input: $input) {\n      ...HandoffFields\n    }\n  }\n": types.LogHandoffServiceDocument,
    "\n  mutation SendHandoffMessage($input: SendHandoffMessageInput!) {\n    sendHandoffMessage(input: $input) {\n      ...HandoffFields\n    }\n  }\n": types.SendHandoffMessageDocument,
    "\n  mutation RevealVictimIdentity($handoffId: ID!, $purpose: String!, $oneTimeCode: String) {\n    revealVictimIdentity(handoffId: $handoffId, purpose: $purpose, oneTimeCode: $oneTimeCode) {\n      familyName\n      givenNames\n      dateOfBirth\n      nationality\n      languages\n      contact\n    }\n  }\n": types.RevealVictimIdentityDocument,
    "\n  mutation ProposeHandoff($input: ProposeHandoffInput!) {\n    proposeHandoff(input: $input) {\n      id\n    }\n  }\n": types.ProposeHandoffDocument,
    "\n  query SupportAgencies {\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n        name\n      }\n    }\n  }\n": types.SupportAgenciesDocument,
    "\n  query MlaRequests($filter: MlaRequestFilter, $first: Int, $after: String) {\n    mlaRequests(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          reference\n          status\n          closed\n          urgent\n          overdue\n          requesting {\n            agencyId\n            agencyName\n            stateCode\n          }\n          requested {\n            agencyId\n            agencyName\n            stateCode\n          }\n          deadlines {\n            kind\n            dueAt\n            running\n            overdue\n          }\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MlaRequestsDocument,
    "\n  fragment MlaRequestFields on MlaRequest {\n    id\n    reference\n    status\n    closed\n    version\n    availableActions\n    requesting {\n      agencyId\n      agencyName\n      stateCode\n    }\n    requested {\n      agencyId\n      agencyName\n      stateCode\n    }\n    caseId\n    legalBasis\n    treatyName\n    measures {\n      id\n      kind\n      details\n      outcome\n      ground\n      note\n    }\n    factsSummary\n    offences\n    personsConcerned\n    urgent\n    urgencyReason\n    confidential\n    language\n    infoQuestion\n    postponedReason\n    postponedUntil\n    refusalGround\n    refusalGroundText\n    refusalReasons\n    extensionDays\n    extensionReason\n    submittedAt\n    receivedAt\n    deadlines {\n      kind\n      dueAt\n      running\n      overdue\n    }\n    overdue\n    history {\n      action\n      fromStatus\n      toStatus\n      actorAgencyId\n      at\n      comment\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      createdAt\n    }\n    documents {\n      id\n      messageId\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      uploadedAgencyId\n      createdAt\n    }\n  }\n": types.MlaRequestFieldsFragmentDoc,
    "\n  query MlaRequest($id: ID!) {\n    mlaRequest(id: $id) {\n      ...MlaRequestFields\n    }\n  }\n": types.MlaRequestDocument,
    "\n  subscription MlaRequestChanged($id: ID!) {\n    mlaRequestChanged(id: $id) {\n      requestId\n    }\n  }\n": types.MlaRequestChangedDocument,
    "\n  mutation TransitionMlaRequest($input: MlaTransitionInput!) {\n    transitionMlaRequest(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": types.TransitionMlaRequestDocument,
    "\n  mutation CreateMlaRequest($input: CreateMlaRequestInput!) {\n    createMlaRequest(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateMlaRequestDocument,
    "\n  mutation PostMlaMessage($input: PostMlaMessageInput!) {\n    postMlaMessage(input: $input) {\n      id\n    }\n  }\n": types.PostMlaMessageDocument,
    "\n  query MlaDirectory {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      kind\n      name\n      state {\n        code\n        name\n      }\n    }\n  }\n": types.MlaDirectoryDocument,
    "\n  query MlaOwnCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n        }\n      }\n    }\n  }\n": types.MlaOwnCasesDocument,
    "\n  mutation UpdateMlaDraft($input: UpdateMlaDraftInput!) {\n    updateMlaDraft(input: $input) {\n      ...MlaRequestFields\n    }\n  }\n": types.UpdateMlaDraftDocument,
    "\n  query PlatformDirectory {\n    states {\n      code\n      name\n    }\n    platformAgencies {\n      id\n      name\n      kind\n      activeAdministrators\n      state {\n        code\n        name\n      }\n    }\n  }\n": types.PlatformDirectoryDocument,
    "\n  mutation CreateState($input: CreateStateInput!) {\n    createState(input: $input) {\n      code\n      name\n    }\n  }\n": types.CreateStateDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation CreateFirstAgencyAdmin($input: CreateFirstAgencyAdminInput!) {\n    createFirstAgencyAdmin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.CreateFirstAgencyAdminDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      passwordChangeRequired\n      secondFactorRequired\n      secondFactorEnrolled\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment SharedCard on CaseShare {\n    id\n    summary\n    contactPoint\n    handlingCode\n    handlingRestriction\n    sharedAt\n    expiresAt\n    acknowledgedAt\n    ownerAgency {\n      id\n      name\n      stateName\n    }\n  }\n": types.SharedCardFragmentDoc,
    "\n  query SharedCases($first: Int, $after: String) {\n    sharedCases(first: $first, after: $after) {\n      edges {\n        node {\n          ...SharedCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SharedCasesDocument,
    "\n  query SharedCase($id: ID!) {\n    sharedCase(id: $id) {\n      ...SharedCard\n    }\n  }\n": types.SharedCaseDocument,
    "\n  mutation AcknowledgeCaseShare($id: ID!) {\n    acknowledgeCaseShare(id: $id) {\n      ...SharedCard\n    }\n  }\n": types.AcknowledgeCaseShareDocument,
    "\n  query MlaStatistics {\n    mlaStatistics {\n      byStatus {\n        status\n        count\n      }\n      overdue\n      medianDaysToAcknowledge\n      medianDaysToExecute\n    }\n  }\n": types.MlaStatisticsDocument,
    "\n  query HandoffStatistics {\n    handoffStatistics {\n      byStatus {\n        key\n        count\n      }\n      byExploitationForm {\n        key\n        count\n      }\n      medianHoursToAcceptance\n    }\n  }\n": types.HandoffStatisticsDocument,
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
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      secondFactorEnrolled\n      secondFactorRequired\n      passwordChangeRequired\n    }\n    mySessions {\n      id\n      startedAt\n      lastActiveAt\n      userAgent\n      address\n      current\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      id\n      secondFactorEnrolled\n      secondFactorRequired\n      passwordChangeRequired\n    }\n    mySessions {\n      id\n      startedAt\n      lastActiveAt\n      userAgent\n      address\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      otpauthUri\n      qrCode\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation BeginSecondFactorEnrolment {\n    beginSecondFactorEnrolment {\n      otpauthUri\n      qrCode\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSecondFactorEnrolment($code: String!) {\n    confirmSecondFactorEnrolment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($oneTimeCode: String!) {\n    regenerateRecoveryCodes(oneTimeCode: $oneTimeCode) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($oneTimeCode: String!) {\n    regenerateRecoveryCodes(oneTimeCode: $oneTimeCode) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableSecondFactor($code: String!) {\n    disableSecondFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableSecondFactor($code: String!) {\n    disableSecondFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      language\n      kinds {\n        kind\n        delivery\n        chosen\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      language\n      kinds {\n        kind\n        delivery\n        chosen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: MailDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      chosen\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: MailDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      chosen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailLanguage($language: MailLanguage!) {\n    setMailLanguage(language: $language)\n  }\n"): (typeof documents)["\n  mutation SetMailLanguage($language: MailLanguage!) {\n    setMailLanguage(language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyUsers($first: Int!, $after: String, $status: AccountStatus) {\n    agencyUsers(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n          status\n          lockedUntil\n          secondFactorEnrolled\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyUsers($first: Int!, $after: String, $status: AccountStatus) {\n    agencyUsers(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          roles\n          status\n          lockedUntil\n          secondFactorEnrolled\n          lastSignInAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyUserFields on User {\n    id\n    displayName\n    email\n    roles\n    status\n    disabled\n    lockedUntil\n    secondFactorEnrolled\n    passwordChangeRequired\n    lastSignInAt\n  }\n"): (typeof documents)["\n  fragment AgencyUserFields on User {\n    id\n    displayName\n    email\n    roles\n    status\n    disabled\n    lockedUntil\n    secondFactorEnrolled\n    passwordChangeRequired\n    lastSignInAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyUser($id: ID!) {\n    agencyUser(id: $id) {\n      ...AgencyUserFields\n    }\n  }\n"): (typeof documents)["\n  query AgencyUser($id: ID!) {\n    agencyUser(id: $id) {\n      ...AgencyUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolUser($input: EnrolUserInput!) {\n    enrolUser(input: $input) {\n      setPasswordToken\n      setPasswordExpiresAt\n      user {\n        ...AgencyUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolUser($input: EnrolUserInput!) {\n    enrolUser(input: $input) {\n      setPasswordToken\n      setPasswordExpiresAt\n      user {\n        ...AgencyUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRoles($input: ChangeRolesInput!) {\n    grantRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRoles($input: ChangeRolesInput!) {\n    grantRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRoles($input: ChangeRolesInput!) {\n    revokeRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRoles($input: ChangeRolesInput!) {\n    revokeRoles(input: $input) {\n      ...AgencyUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...AgencyUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      password\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      password\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithLink($token: String!, $newPassword: String!) {\n    setPasswordWithLink(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailDeliveryFailures {\n    mailDeliveryFailures(first: 20) {\n      id\n      kind\n      recipientName\n      recipientEmail\n      attempts\n      lastError\n      failedAt\n    }\n  }\n"): (typeof documents)["\n  query MailDeliveryFailures {\n    mailDeliveryFailures(first: 20) {\n      id\n      kind\n      recipientName\n      recipientEmail\n      attempts\n      lastError\n      failedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(first: 50, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications(first: 50, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilterInput) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorState\n          action\n          outcome\n          targetType\n          targetId\n          targetState\n          purpose\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $filter: AuditEventFilterInput) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorState\n          action\n          outcome\n          targetType\n          targetId\n          targetState\n          purpose\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvent($id: String!) {\n    auditEvent(id: $id) {\n      id\n      occurredAt\n      actorUserId\n      actorAgencyId\n      actorState\n      action\n      outcome\n      targetType\n      targetId\n      targetState\n      requestId\n      purpose\n      recipients\n      details {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvent($id: String!) {\n    auditEvent(id: $id) {\n      id\n      occurredAt\n      actorUserId\n      actorAgencyId\n      actorState\n      action\n      outcome\n      targetType\n      targetId\n      targetState\n      requestId\n      purpose\n      recipients\n      details {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainState($verify: Boolean!) {\n    auditChainState(verify: $verify) {\n      sealedEvents\n      pendingEvents\n      verified\n      intact\n      checkpointsVerified\n      firstBroken {\n        position\n        eventId\n        reason\n      }\n      latestCheckpoint {\n        signedAt\n        position\n        eventId\n        signatureValid\n        matchesChain\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditChainState($verify: Boolean!) {\n    auditChainState(verify: $verify) {\n      sealedEvents\n      pendingEvents\n      verified\n      intact\n      checkpointsVerified\n      firstBroken {\n        position\n        eventId\n        reason\n      }\n      latestCheckpoint {\n        signedAt\n        position\n        eventId\n        signatureValid\n        matchesChain\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n          status\n          formsOfExploitation\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          nationalReference\n          title\n          status\n          formsOfExploitation\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetails on Case {\n    id\n    nationalReference\n    title\n    status\n    formsOfExploitation\n    childVictims\n    organisedCrimeGroup\n    financialInvestigation\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CaseDetails on Case {\n    id\n    nationalReference\n    title\n    status\n    formsOfExploitation\n    childVictims\n    organisedCrimeGroup\n    financialInvestigation\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      identifiers {\n        id\n        type\n        value\n        role\n        note\n      }\n    }\n    matches(caseId: $id) {\n      id\n      identifierType\n      foundAt\n      otherAgency {\n        id\n        name\n        stateCode\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    caseShares(caseId: $id) {\n      id\n      handlingCode\n      handlingRestriction\n      sharedAt\n      acknowledgedAt\n      revokedAt\n      expiresAt\n      recipientAgency {\n        name\n        stateName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetails\n      identifiers {\n        id\n        type\n        value\n        role\n        note\n      }\n    }\n    matches(caseId: $id) {\n      id\n      identifierType\n      foundAt\n      otherAgency {\n        id\n        name\n        stateCode\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    caseShares(caseId: $id) {\n      id\n      handlingCode\n      handlingRestriction\n      sharedAt\n      acknowledgedAt\n      revokedAt\n      expiresAt\n      recipientAgency {\n        name\n        stateName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIdentifier($input: AddIdentifierInput!) {\n    addIdentifier(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddIdentifier($input: AddIdentifierInput!) {\n    addIdentifier(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveIdentifier($id: ID!) {\n    removeIdentifier(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveIdentifier($id: ID!) {\n    removeIdentifier(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDisclosure($matchId: ID!, $message: String!) {\n    requestDisclosure(matchId: $matchId, message: $message)\n  }\n"): (typeof documents)["\n  mutation RequestDisclosure($matchId: ID!, $message: String!) {\n    requestDisclosure(matchId: $matchId, message: $message)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCase($input: ShareCaseInput!) {\n    shareCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ShareCase($input: ShareCaseInput!) {\n    shareCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCaseShare($id: ID!) {\n    revokeCaseShare(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCaseShare($id: ID!) {\n    revokeCaseShare(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareRecipients {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShareRecipients {\n    states {\n      code\n      name\n    }\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStory($caseId: ID!, $caseReference: String!) {\n    mlaRequests(first: 50, filter: { caseId: $caseId }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          requested {\n            agencyName\n            stateCode\n          }\n        }\n      }\n    }\n    handoffs(first: 50, filter: { caseReference: $caseReference }) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          proposedAt\n          receivingAgency {\n            name\n            state {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStory($caseId: ID!, $caseReference: String!) {\n    mlaRequests(first: 50, filter: { caseId: $caseId }) {\n      edges {\n        node {\n          id\n          reference\n          status\n          requested {\n            agencyName\n            stateCode\n          }\n        }\n      }\n    }\n    handoffs(first: 50, filter: { caseReference: $caseReference }) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          proposedAt\n          receivingAgency {\n            name\n            state {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Desk($mla: Boolean!, $cases: Boolean!) {\n    waiting: mlaRequests(\n      first: 30\n      filter: {\n        statuses: [SUBMITTED, FORWARDED, ACKNOWLEDGED, IN_EXECUTION, POSTPONED, PARTIALLY_EXECUTED, ADDITIONAL_INFO_REQUESTED]\n      }\n    ) @include(if: $mla) {\n      edges {\n        node {\n          ...DeskRequest\n        }\n      }\n    }\n    recentMatches(first: 10) @include(if: $cases) {\n      id\n      caseId\n      caseReference\n      identifierType\n      foundAt\n      otherAgency {\n        name\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    sharedCases(first: 50) @include(if: $cases) {\n      edges {\n        node {\n          id\n          acknowledgedAt\n          sharedAt\n          handlingCode\n          ownerAgency {\n            name\n            stateName\n          }\n        }\n      }\n    }\n    notifications(first: 10, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          createdAt\n        }\n      }\n    }\n  }\n\n  fragment DeskRequest on MlaRequest {\n    id\n    reference\n    status\n    urgent\n    overdue\n    requesting {\n      agencyId\n      stateCode\n    }\n    requested {\n      agencyId\n      stateCode\n    }\n    deadlines {\n      kind\n      dueAt\n      overdue\n      running\n    }\n  }\n"): (typeof documents)["\n  query Desk($mla: Boolean!, $cases: Boolean!) {\n    waiting: mlaRequests(\n      first: 30\n      filter: {\n        statuses: [SUBMITTED, FORWARDED, ACKNOWLEDGED, IN_EXECUTION, POSTPONED, PARTIALLY_EXECUTED, ADDITIONAL_INFO_REQUESTED]\n      }\n    ) @include(if: $mla) {\n      edges {\n        node {\n          ...DeskRequest\n        }\n      }\n    }\n    recentMatches(first: 10) @include(if: $cases) {\n      id\n      caseId\n      caseReference\n      identifierType\n      foundAt\n      otherAgency {\n        name\n        stateName\n      }\n      contact {\n        displayName\n        email\n      }\n    }\n    sharedCases(first: 50) @include(if: $cases) {\n      edges {\n        node {\n          id\n          acknowledgedAt\n          sharedAt\n          handlingCode\n          ownerAgency {\n            name\n            stateName\n          }\n        }\n      }\n    }\n    notifications(first: 10, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          subjectId\n          createdAt\n        }\n      }\n    }\n  }\n\n  fragment DeskRequest on MlaRequest {\n    id\n    reference\n    status\n    urgent\n    overdue\n    requesting {\n      agencyId\n      stateCode\n    }\n    requested {\n      agencyId\n      stateCode\n    }\n    deadlines {\n      kind\n      dueAt\n      overdue\n      running\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoffAgency on Agency {\n    id\n    name\n    state {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment HandoffAgency on Agency {\n    id\n    name\n    state {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Handoffs($first: Int!, $after: String, $filter: HandoffFilter) {\n    handoffs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          urgent\n          exploitationForm\n          overdue\n          acceptanceDueAt\n          proposedAt\n          referringAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n          receivingAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Handoffs($first: Int!, $after: String, $filter: HandoffFilter) {\n    handoffs(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          victimCode\n          status\n          urgent\n          exploitationForm\n          overdue\n          acceptanceDueAt\n          proposedAt\n          referringAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n          receivingAgency {\n            id\n            name\n            state {\n              code\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HandoffFields on Handoff {\n    id\n    victimCode\n    view\n    status\n    version\n    availableActions\n    linkedCaseReference\n    proposedAt\n    acceptanceDueAt\n    overdue\n    acceptedAt\n    declinedAt\n    declineReason\n    startedAt\n    completedAt\n    withdrawnAt\n    withdrawalReason\n    urgent\n    minor\n    nonPunishment\n    exploitationForm\n    identifiedAt\n    reflectionPeriodEndsAt\n    riskAssessedAt\n    riskLevel\n    guardianAppointedAt\n    bestInterestAssessedAt\n    needs {\n      need\n      note\n    }\n    consent {\n      scope\n      basis\n      givenAt\n      withdrawnAt\n      explainedBy\n      language\n    }\n    referringAgency {\n      ...HandoffAgency\n    }\n    receivingAgency {\n      ...HandoffAgency\n    }\n    services {\n      id\n      need\n      note\n      deliveredAt\n    }\n    identityReveals {\n      revealedAt\n      revealedBy\n      agencyId\n      purpose\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      sentAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment HandoffFields on Handoff {\n    id\n    victimCode\n    view\n    status\n    version\n    availableActions\n    linkedCaseReference\n    proposedAt\n    acceptanceDueAt\n    overdue\n    acceptedAt\n    declinedAt\n    declineReason\n    startedAt\n    completedAt\n    withdrawnAt\n    withdrawalReason\n    urgent\n    minor\n    nonPunishment\n    exploitationForm\n    identifiedAt\n    reflectionPeriodEndsAt\n    riskAssessedAt\n    riskLevel\n    guardianAppointedAt\n    bestInterestAssessedAt\n    needs {\n      need\n      note\n    }\n    consent {\n      scope\n      basis\n      givenAt\n      withdrawnAt\n      explainedBy\n      language\n    }\n    referringAgency {\n      ...HandoffAgency\n    }\n    receivingAgency {\n      ...HandoffAgency\n    }\n    services {\n      id\n      need\n      note\n      deliveredAt\n    }\n    identityReveals {\n      revealedAt\n      revealedBy\n      agencyId\n      purpose\n    }\n    messages {\n      id\n      authorAgencyId\n      body\n      sentAt\n    }\n    documents {\n      id\n      kind\n      fileName\n      mediaType\n      sizeBytes\n      sha256\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HandoffChanged($id: ID!) {\n    handoffChanged(id: $id) {\n      handoffId\n    }\n  }\n"): (typeof documents)["\n  subscription HandoffChanged($id: ID!) {\n    handoffChanged(id: $id) {\n      handoffId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Handoff($id: ID!) {\n    handoff(id: $id) {\n      ...HandoffFields\n    }\n  }\n"): (typeof documents)["\n  query Handoff($id: ID!) {\n    handoff(id: $id) {\n      ...HandoffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionHandoff($input: TransitionHandoffInput!) {\n    transitionHandoff(input: $input) {\n      ...HandoffFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionHandoff($input: TransitionHandoffInput!) {\n    transitionHandoff(input: $input) {\n      ...HandoffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawHandoffConsent($input: WithdrawConsentInput!) {\n    withdrawHandoffConsent(input: $input) {\n      ...HandoffFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawHandoffConsent($input: WithdrawConsentInput!) {\n    withdrawHandoffConsent(input: $input) {\n      ...HandoffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHandoffSafeguard($input: RecordSafeguardInput!) {\n    recordHandoffSafeguard(input: $input) {\n      ...HandoffFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHandoffSafeguard($input: RecordSafeguardInput!) {\n    recordHandoffSafeguard(input: $input) {\n      ...HandoffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogHandoffService($input: LogHandoffServiceInput!) {\n    logHandoffService(input: $input) {\n      ...HandoffFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogHandoffService($input: LogHandoffServiceInput!) {\n    logHandoffService(input: $input) {\n      ...HandoffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendHandoffMessage($input: SendHandoffMessageInput!) {\n    sendHandoffMessage(input: $input) {\n      ...HandoffFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendHandoffMessage($input: SendHandoffMessageInput!) {\n    sendHandoffMessage(input: $input) {\n      ...HandoffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealVictimIdentity($handoffId: ID!, $purpose: String!, $oneTimeCode: String) {\n    revealVictimIdentity(handoffId: $handoffId, purpose: $purpose, oneTimeCode: $oneTimeCode) {\n      familyName\n      givenNames\n      dateOfBirth\n      nationality\n      languages\n      contact\n    }\n  }\n"): (typeof documents)["\n  mutation RevealVictimIdentity($handoffId: ID!, $purpose: String!, $oneTimeCode: String) {\n    revealVictimIdentity(handoffId: $handoffId, purpose: $purpose, oneTimeCode: $oneTimeCode) {\n      familyName\n      givenNames\n      dateOfBirth\n      nationality\n      languages\n      contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeHandoff($input: ProposeHandoffInput!) {\n    proposeHandoff(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeHandoff($input: ProposeHandoffInput!) {\n    proposeHandoff(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportAgencies {\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportAgencies {\n    agencies {\n      id\n      name\n      kind\n      state {\n        code\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription MlaRequestChanged($id: ID!) {\n    mlaRequestChanged(id: $id) {\n      requestId\n    }\n  }\n"): (typeof documents)["\n  subscription MlaRequestChanged($id: ID!) {\n    mlaRequestChanged(id: $id) {\n      requestId\n    }\n  }\n"];
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
export function graphql(source: "\n  query PlatformDirectory {\n    states {\n      code\n      name\n    }\n    platformAgencies {\n      id\n      name\n      kind\n      activeAdministrators\n      state {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformDirectory {\n    states {\n      code\n      name\n    }\n    platformAgencies {\n      id\n      name\n      kind\n      activeAdministrators\n      state {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateState($input: CreateStateInput!) {\n    createState(input: $input) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateState($input: CreateStateInput!) {\n    createState(input: $input) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFirstAgencyAdmin($input: CreateFirstAgencyAdminInput!) {\n    createFirstAgencyAdmin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFirstAgencyAdmin($input: CreateFirstAgencyAdminInput!) {\n    createFirstAgencyAdmin(input: $input) {\n      temporaryPassword\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      passwordChangeRequired\n      secondFactorRequired\n      secondFactorEnrolled\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    idleLockSeconds\n    user {\n      id\n      displayName\n      email\n      roles\n      passwordChangeRequired\n      secondFactorRequired\n      secondFactorEnrolled\n      agency {\n        id\n        name\n        kind\n        state {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedCard on CaseShare {\n    id\n    summary\n    contactPoint\n    handlingCode\n    handlingRestriction\n    sharedAt\n    expiresAt\n    acknowledgedAt\n    ownerAgency {\n      id\n      name\n      stateName\n    }\n  }\n"): (typeof documents)["\n  fragment SharedCard on CaseShare {\n    id\n    summary\n    contactPoint\n    handlingCode\n    handlingRestriction\n    sharedAt\n    expiresAt\n    acknowledgedAt\n    ownerAgency {\n      id\n      name\n      stateName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCases($first: Int, $after: String) {\n    sharedCases(first: $first, after: $after) {\n      edges {\n        node {\n          ...SharedCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedCases($first: Int, $after: String) {\n    sharedCases(first: $first, after: $after) {\n      edges {\n        node {\n          ...SharedCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCase($id: ID!) {\n    sharedCase(id: $id) {\n      ...SharedCard\n    }\n  }\n"): (typeof documents)["\n  query SharedCase($id: ID!) {\n    sharedCase(id: $id) {\n      ...SharedCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeCaseShare($id: ID!) {\n    acknowledgeCaseShare(id: $id) {\n      ...SharedCard\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeCaseShare($id: ID!) {\n    acknowledgeCaseShare(id: $id) {\n      ...SharedCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MlaStatistics {\n    mlaStatistics {\n      byStatus {\n        status\n        count\n      }\n      overdue\n      medianDaysToAcknowledge\n      medianDaysToExecute\n    }\n  }\n"): (typeof documents)["\n  query MlaStatistics {\n    mlaStatistics {\n      byStatus {\n        status\n        count\n      }\n      overdue\n      medianDaysToAcknowledge\n      medianDaysToExecute\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandoffStatistics {\n    handoffStatistics {\n      byStatus {\n        key\n        count\n      }\n      byExploitationForm {\n        key\n        count\n      }\n      medianHoursToAcceptance\n    }\n  }\n"): (typeof documents)["\n  query HandoffStatistics {\n    handoffStatistics {\n      byStatus {\n        key\n        count\n      }\n      byExploitationForm {\n        key\n        count\n      }\n      medianHoursToAcceptance\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;