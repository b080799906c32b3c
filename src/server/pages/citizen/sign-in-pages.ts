import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../../core/errors.ts';
import { endCitizenSession } from '../../../services/citizens/citizen-sessions.ts';
import {
  describeChallenge,
  requestSignInCode,
} from '../../../services/citizens/request-sign-in-code.ts';
import {
  completeIdentitySignIn,
  identityCallbackPath,
  isIdentitySignInAvailable,
  startIdentitySignIn,
} from '../../../services/citizens/sign-in-with-identity.ts';
import { isStandinProvider } from '../../../services/citizens/standin-identity-provider.ts';
import { verifySignInCode } from '../../../services/citizens/verify-sign-in-code.ts';
import type { ServiceContext } from '../../../services/context.ts';
import {
  assertPreSessionToken,
  citizenCookie,
  clearCitizenCookie,
  ensurePreSessionToken,
  findCitizen,
  requireCitizen,
  setCitizenCookie,
  setIdentityState,
  takeIdentityState,
} from '../../citizen-auth.ts';
import { pageContextOf, safeLocalPath } from '../page-context.ts';
import { formFields, refusalOf, sendCitizenPage } from './page-kit.ts';
import { renderCodePage, renderSignInPage, renderStandinPage } from './render-sign-in.ts';

const page = { config: { auth: 'citizen' as const } };
/** Sign-in forms are few per person: 10 a minute per IP on top of the code limits. */
const limited = {
  config: { auth: 'citizen' as const, rateLimit: { max: 10, timeWindow: '1 minute' } },
};
const nextOf = (value: unknown) => {
  const path = safeLocalPath(value);
  return path === '/' ? '/cong-dan/ho-so' : path;
};

/**
 * /cong-dan/dang-nhap: phone or e-mail → one-time code → signed in; or VNeID through the
 * identity adapter (/cong-dan/dang-nhap/vneid → provider → /cong-dan/dang-nhap/vneid/xong).
 * No JavaScript: every step is a form post answered by a redirect or the same page with the reason.
 */
export function registerSignInPages(app: FastifyInstance, ctx: ServiceContext): void {
  const demo = ctx.settings.demoMode;
  const vneid = isIdentitySignInAvailable(ctx);

  app.get<{ Querystring: { next?: string } }>(
    '/cong-dan/dang-nhap',
    page,
    async (request, reply) => {
      const next = nextOf(request.query.next);
      if (await findCitizen(ctx, request)) return reply.redirect(next, 303);
      const pre = ensurePreSessionToken(request, reply);
      return sendCitizenPage(
        reply,
        renderSignInPage(pageContextOf(request), { pre, next, demo, vneid }),
      );
    },
  );

  app.post('/cong-dan/dang-nhap', limited, async (request, reply) => {
    const form = formFields(request.body);
    const next = nextOf(form.next);
    try {
      assertPreSessionToken(request, form._pre);
      const challenge = await requestSignInCode(ctx, {
        destination: form.destination ?? '',
        ip: request.ip,
      });
      return reply.redirect(
        `/cong-dan/dang-nhap/ma?r=${challenge.challengeId}&next=${encodeURIComponent(next)}`,
        303,
      );
    } catch (error) {
      const { status, message } = refusalOf(error);
      const pre = ensurePreSessionToken(request, reply);
      const view = { pre, next, demo, vneid, destination: form.destination, error: message };
      return sendCitizenPage(reply, renderSignInPage(pageContextOf(request), view), status);
    }
  });

  app.get<{ Querystring: { r?: string; next?: string } }>(
    '/cong-dan/dang-nhap/ma',
    page,
    async (request, reply) => {
      const pre = ensurePreSessionToken(request, reply);
      const challenge = await describeChallenge(ctx, String(request.query.r ?? ''));
      const view = { pre, next: nextOf(request.query.next), challenge, demo };
      return sendCitizenPage(
        reply,
        renderCodePage(pageContextOf(request), view),
        challenge ? 200 : 404,
      );
    },
  );

  app.post('/cong-dan/dang-nhap/ma', limited, async (request, reply) => {
    const form = formFields(request.body);
    const next = nextOf(form.next);
    try {
      assertPreSessionToken(request, form._pre);
      const session = await verifySignInCode(ctx, {
        challengeId: form.r ?? '',
        code: form.code ?? '',
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setCitizenCookie(request, reply, session);
      return reply.redirect(next, 303);
    } catch (error) {
      const { status, message } = refusalOf(error);
      const challenge = await describeChallenge(ctx, form.r ?? '');
      const pre = ensurePreSessionToken(request, reply);
      const view = { pre, next, challenge, demo, error: message };
      return sendCitizenPage(reply, renderCodePage(pageContextOf(request), view), status);
    }
  });

  app.post('/cong-dan/dang-nhap/gui-lai', limited, async (request, reply) => {
    const form = formFields(request.body);
    const next = nextOf(form.next);
    const challenge = await describeChallenge(ctx, form.r ?? '');
    try {
      assertPreSessionToken(request, form._pre);
      if (!challenge)
        throw new DomainError('OTP_INVALID', pageContextOf(request).t.citizen.challengeMissing);
      const fresh = await challenge.resend(request.ip);
      return reply.redirect(
        `/cong-dan/dang-nhap/ma?r=${fresh.challengeId}&next=${encodeURIComponent(next)}`,
        303,
      );
    } catch (error) {
      const { status, message } = refusalOf(error);
      const pre = ensurePreSessionToken(request, reply);
      const view = { pre, next, challenge, demo, error: message };
      return sendCitizenPage(reply, renderCodePage(pageContextOf(request), view), status);
    }
  });

  app.post('/cong-dan/dang-xuat', page, async (request, reply) => {
    const form = formFields(request.body);
    if (await findCitizen(ctx, request)) {
      await requireCitizen(ctx, request, { formToken: form._csrf });
      const token = request.cookies[citizenCookie];
      if (token) await endCitizenSession(ctx, token);
    }
    clearCitizenCookie(request, reply);
    return reply.redirect('/cong-dan/dang-nhap', 303);
  });

  app.get<{ Querystring: { next?: string } }>(
    '/cong-dan/dang-nhap/vneid',
    page,
    async (request, reply) => {
      let started: { state: string; url: string };
      try {
        started = startIdentitySignIn(ctx);
      } catch (error) {
        const { status, message } = refusalOf(error);
        const pre = ensurePreSessionToken(request, reply);
        const view = { pre, next: nextOf(request.query.next), demo, vneid, error: message };
        return sendCitizenPage(reply, renderSignInPage(pageContextOf(request), view), status);
      }
      const { state, url } = started;
      setIdentityState(request, reply, state, nextOf(request.query.next));
      return reply.header('cache-control', 'no-store').redirect(url, 303);
    },
  );

  app.get<{ Querystring: { code?: string; state?: string } }>(
    identityCallbackPath,
    page,
    async (request, reply) => {
      try {
        const next = takeIdentityState(request, reply, request.query.state);
        const session = await completeIdentitySignIn(ctx, {
          code: String(request.query.code ?? ''),
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        setCitizenCookie(request, reply, session);
        return reply.redirect(nextOf(next), 303);
      } catch (error) {
        const { status, message } = refusalOf(error);
        const pre = ensurePreSessionToken(request, reply);
        const view = { pre, next: '/cong-dan/ho-so', demo, vneid, error: message };
        return sendCitizenPage(reply, renderSignInPage(pageContextOf(request), view), status);
      }
    },
  );

  registerStandinPages(app, ctx);
}

/** The demo stand-in for VNeID: exists only when IDENTITY_PROVIDER=standin. */
function registerStandinPages(app: FastifyInstance, ctx: ServiceContext): void {
  const provider = ctx.adapters.identity;
  if (!isStandinProvider(provider) || !isIdentitySignInAvailable(ctx)) return;

  app.get<{ Querystring: { state?: string } }>(
    '/cong-dan/vneid-gia-lap',
    page,
    async (request, reply) => {
      const state = String(request.query.state ?? '').slice(0, 100);
      const pre = ensurePreSessionToken(request, reply);
      return sendCitizenPage(
        reply,
        renderStandinPage(pageContextOf(request), { state, pre, provider }),
      );
    },
  );

  app.post('/cong-dan/vneid-gia-lap', limited, async (request, reply) => {
    const form = formFields(request.body);
    const state = (form.state ?? '').slice(0, 100);
    const pick = form.pick === 'other' ? undefined : provider.demoIdentities[Number(form.pick)];
    const typed = {
      fullName: (form.fullName ?? '').trim().normalize('NFC'),
      idNumber: (form.idNumber ?? '').trim(),
      level: form.level === '1' ? (1 as const) : (2 as const),
    };
    const identity =
      pick ??
      (/^\d{12}$/.test(typed.idNumber) && typed.fullName.length >= 2 && typed.fullName.length <= 100
        ? typed
        : undefined);
    try {
      assertPreSessionToken(request, form._pre);
      if (!identity)
        throw new DomainError('VALIDATION_FAILED', pageContextOf(request).t.citizen.standinInvalid);
    } catch (error) {
      const { status, message } = refusalOf(error);
      const pre = ensurePreSessionToken(request, reply);
      const view = { state, pre, provider, error: message };
      return sendCitizenPage(reply, renderStandinPage(pageContextOf(request), view), status);
    }
    const code = provider.issueCode(identity, ctx.clock.now());
    return reply.redirect(
      `${identityCallbackPath}?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`,
      303,
    );
  });
}
