import { createRootRoute, createRouter } from '@tanstack/react-router';
import { accountRoutes } from '../account/routes';
import { auditRoutes } from '../audit/routes';
import { agencyAdminRoutes } from '../agency-admin/routes';
import { casesRoutes } from '../cases/routes';
import { deskRoutes } from '../desk/routes';
import { handoffsRoutes } from '../handoffs/routes';
import { mlaRoutes } from '../mla/routes';
import { platformRoutes } from '../platform/routes';
import { sharedRoutes } from '../shared/routes';
import { statisticsRoutes } from '../statistics/routes';
import { NotFoundPage, PageFailedPage } from './NotFoundPage';
import { Shell } from './Shell';

export const rootRoute = createRootRoute({ component: Shell, notFoundComponent: NotFoundPage });

// Each journey brings its routes (lazy, so a page's code loads when it is first opened).
const routeTree = rootRoute.addChildren([...deskRoutes(), ...casesRoutes(), ...sharedRoutes(), ...mlaRoutes(), ...handoffsRoutes(), ...statisticsRoutes(), ...platformRoutes(), ...auditRoutes(), ...accountRoutes(), ...agencyAdminRoutes()]);

// A page that fails to load or render says so in words, never a blank page.
export const router = createRouter({ routeTree, defaultPreload: 'intent', defaultErrorComponent: PageFailedPage });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
