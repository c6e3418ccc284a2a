import { catalogue } from '../i18n/catalogue';

export const deskMessages = catalogue(
  {
    'desk.title': 'My desk',
  },
  {
    de: { 'desk.title': 'Mein Schreibtisch' },
    ro: { 'desk.title': 'Biroul meu' },
    ru: { 'desk.title': 'Мой рабочий стол' },
  },
);
