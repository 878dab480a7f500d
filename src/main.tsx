import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { routes } from '@/app/router';
import { registerServiceWorker } from '@/app/service-worker';
import { RootErrorBoundary } from '@/components/restart-screen';
import fr from '@/i18n/locales/fr.json';
import '@/styles/fonts';
import '@/styles/global.css';

const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RootErrorBoundary message={fr.kiosk.restarting}>
      <RouterProvider router={router} />
    </RootErrorBoundary>
  </StrictMode>,
);

void registerServiceWorker();
