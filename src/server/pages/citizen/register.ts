import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../../../services/context.ts';
import { registerDossierPages } from './dossier-pages.ts';
import { registerSignInPages } from './sign-in-pages.ts';
import { registerWizardPages } from './wizard-pages.ts';

const formType = 'application/x-www-form-urlencoded';

/**
 * Citizen sign-in, drafts and online submission, working without JavaScript (issue #5 item 4;
 * Decree 118/2025 Art. 17.2). In their own scope, which reads plain HTML form posts (the portal's
 * other pages only use GET forms); file uploads come as multipart.
 */
export function registerCitizenPages(app: FastifyInstance, ctx: ServiceContext): void {
  app.register(async (scope) => {
    if (!scope.hasContentTypeParser(formType)) {
      scope.addContentTypeParser(
        formType,
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_request, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(body as string)));
        },
      );
    }
    registerSignInPages(scope, ctx);
    registerDossierPages(scope, ctx);
    registerWizardPages(scope, ctx);
  });
}
