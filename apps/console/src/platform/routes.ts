import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';

export const platformRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/platform/states',
    component: lazyPage(() => import('./StatesPage'), 'StatesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/platform/agencies',
    component: lazyPage(() => import('./AgenciesPage'), 'AgenciesPage'),
  }),
];
