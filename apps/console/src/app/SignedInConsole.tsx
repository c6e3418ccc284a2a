import { RouterProvider } from '@tanstack/react-router';
import { router } from './router';

/** The routed console of a signed-in user: its code (router, shell, menus) loads only after sign-in. */
export function SignedInConsole() {
  return <RouterProvider router={router} />;
}
