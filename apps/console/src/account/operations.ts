import { graphql } from '../gql';

export const MY_ACCOUNT = graphql(`
  query MyAccount {
    me {
      id
      secondFactorEnrolled
      secondFactorRequired
      passwordChangeRequired
    }
    mySessions {
      id
      startedAt
      lastActiveAt
      userAgent
      address
      current
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const BEGIN_ENROLMENT = graphql(`
  mutation BeginSecondFactorEnrolment {
    beginSecondFactorEnrolment {
      otpauthUri
      qrCode
      secret
    }
  }
`);

export const CONFIRM_ENROLMENT = graphql(`
  mutation ConfirmSecondFactorEnrolment($code: String!) {
    confirmSecondFactorEnrolment(code: $code) {
      codes
    }
  }
`);

export const REGENERATE_RECOVERY_CODES = graphql(`
  mutation RegenerateRecoveryCodes($oneTimeCode: String!) {
    regenerateRecoveryCodes(oneTimeCode: $oneTimeCode) {
      codes
    }
  }
`);

export const DISABLE_SECOND_FACTOR = graphql(`
  mutation DisableSecondFactor($code: String!) {
    disableSecondFactor(code: $code)
  }
`);

export const END_SESSION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const MY_NOTIFICATION_PREFERENCES = graphql(`
  query MyNotificationPreferences {
    myNotificationPreferences {
      language
      kinds {
        kind
        delivery
        chosen
      }
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: MailDelivery!) {
    setNotificationPreference(kind: $kind, delivery: $delivery) {
      kind
      delivery
      chosen
    }
  }
`);

export const SET_MAIL_LANGUAGE = graphql(`
  mutation SetMailLanguage($language: MailLanguage!) {
    setMailLanguage(language: $language)
  }
`);
