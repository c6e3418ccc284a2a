import { catalogue } from './catalogue';

/** Words of the domain that many pages show: roles. */
export const vocabularyMessages = catalogue(
  {
    'role.PROSECUTOR': 'Prosecutor',
    'role.LIAISON_OFFICER': 'Liaison officer',
    'role.CENTRAL_AUTHORITY_OFFICER': 'Central authority officer',
    'role.VICTIM_COORDINATOR': 'Victim coordinator',
    'role.AGENCY_ADMIN': 'Agency administrator',
    'role.AUDITOR': 'Auditor',
    'role.PLATFORM_ADMIN': 'Platform administrator',
  },
  {
    de: {
      'role.PROSECUTOR': 'Staatsanwalt/Staatsanwältin',
      'role.LIAISON_OFFICER': 'Verbindungsbeamter/-beamtin',
      'role.CENTRAL_AUTHORITY_OFFICER': 'Zentralbehörde',
      'role.VICTIM_COORDINATOR': 'Opferkoordination',
      'role.AGENCY_ADMIN': 'Behördenadministration',
      'role.AUDITOR': 'Datenschutzaufsicht',
      'role.PLATFORM_ADMIN': 'Plattformadministration',
    },
    ro: {
      'role.PROSECUTOR': 'Procuror',
      'role.LIAISON_OFFICER': 'Ofițer de legătură',
      'role.CENTRAL_AUTHORITY_OFFICER': 'Ofițer al autorității centrale',
      'role.VICTIM_COORDINATOR': 'Coordonator pentru victime',
      'role.AGENCY_ADMIN': 'Administrator al instituției',
      'role.AUDITOR': 'Auditor',
      'role.PLATFORM_ADMIN': 'Administrator al platformei',
    },
    ru: {
      'role.PROSECUTOR': 'Прокурор',
      'role.LIAISON_OFFICER': 'Офицер связи',
      'role.CENTRAL_AUTHORITY_OFFICER': 'Сотрудник центрального органа',
      'role.VICTIM_COORDINATOR': 'Координатор помощи жертвам',
      'role.AGENCY_ADMIN': 'Администратор ведомства',
      'role.AUDITOR': 'Аудитор',
      'role.PLATFORM_ADMIN': 'Администратор платформы',
    },
  },
);
