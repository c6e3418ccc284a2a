import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../app/router';
import { validateCasesSearch } from './search';

export const casesRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases',
    validateSearch: validateCasesSearch,
    component: lazyRouteComponent(() => import('./CasesListPage'), 'CasesListPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/new',
    component: lazyRouteComponent(() => import('./NewCasePage'), 'NewCasePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/$caseId',
    component: lazyRouteComponent(() => import('./CasePage'), 'CasePage'),
  }),
];
