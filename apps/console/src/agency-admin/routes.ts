import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';
import { validateAgencyUsersSearch } from './search';

export const agencyAdminRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/agency/users',
    validateSearch: validateAgencyUsersSearch,
    component: lazyPage(() => import('./AgencyUsersPage'), 'AgencyUsersPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/agency/users/new',
    component: lazyPage(() => import('./NewUserPage'), 'NewUserPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/agency/users/$userId',
    component: lazyPage(() => import('./AgencyUserPage'), 'AgencyUserPage'),
  }),
];
