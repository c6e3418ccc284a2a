import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';
import { validateCasesSearch } from './search';

export const casesRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases',
    validateSearch: validateCasesSearch,
    component: lazyPage(() => import('./CasesListPage'), 'CasesListPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/new',
    component: lazyPage(() => import('./NewCasePage'), 'NewCasePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/$caseId',
    component: lazyPage(() => import('./CasePage'), 'CasePage'),
  }),
];
