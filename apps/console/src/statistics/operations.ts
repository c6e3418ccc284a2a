import { graphql } from '../gql';

export const MLA_STATISTICS = graphql(`
  query MlaStatistics {
    mlaStatistics {
      byStatus {
        status
        count
      }
      overdue
      medianDaysToAcknowledge
      medianDaysToExecute
    }
  }
`);

export const HANDOFF_STATISTICS = graphql(`
  query HandoffStatistics {
    handoffStatistics {
      byStatus {
        key
        count
      }
      byExploitationForm {
        key
        count
      }
      medianHoursToAcceptance
    }
  }
`);
