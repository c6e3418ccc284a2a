import { graphql } from '../gql';

// The platform admin's directory: States, agencies and how many administrators each has; no user, no case.
export const PLATFORM_DIRECTORY = graphql(`
  query PlatformDirectory {
    states {
      code
      name
    }
    platformAgencies {
      id
      name
      kind
      activeAdministrators
      state {
        code
        name
      }
    }
  }
`);

export const CREATE_STATE = graphql(`
  mutation CreateState($input: CreateStateInput!) {
    createState(input: $input) {
      code
      name
    }
  }
`);

export const CREATE_AGENCY = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      name
    }
  }
`);

export const CREATE_FIRST_AGENCY_ADMIN = graphql(`
  mutation CreateFirstAgencyAdmin($input: CreateFirstAgencyAdminInput!) {
    createFirstAgencyAdmin(input: $input) {
      temporaryPassword
      user {
        id
        email
        displayName
      }
    }
  }
`);
