import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';
import { validateAuditSearch } from './search';

export const auditRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/audit',
    validateSearch: validateAuditSearch,
    component: lazyPage(() => import('./AuditTrailPage'), 'AuditTrailPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/audit/$eventId',
    component: lazyPage(() => import('./AuditEventPage'), 'AuditEventPage'),
  }),
];
