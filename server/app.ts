/**
 * Builds the Fastify app: plugins (cookies, security headers, rate limiting, uploads, static web
 * app), the role guard, every domain's routes, and the one error handler that maps typed errors
 * to HTTP answers. Domains are wired with plain factory functions.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { AppError } from './errors.ts';
import type { App } from './http.ts';
import { registerAuthGuard } from './auth/guard.ts';
import { createAuthRepository } from './auth/repository.ts';
import { authRoutes } from './auth/routes.ts';
import { createAuthService } from './auth/service.ts';
import { createLetterRepository } from './intake/repository.ts';
import { intakeRoutes } from './intake/routes.ts';
import { createIntakeService } from './intake/service.ts';
import { createJobsRepository } from './jobs/repository.ts';
import { startWorker, type Worker } from './jobs/worker.ts';
import { createModelProvider } from './classify/provider.ts';
import { createClassificationRepository } from './classify/repository.ts';
import { createClassifyService, LetterGoneError } from './classify/service.ts';
import { createRoutingRepository } from './routing/repository.ts';
import { createRoutingService } from './routing/service.ts';
import { createReviewRepository } from './review/repository.ts';
import { reviewRoutes } from './review/routes.ts';
import { adminRoutes } from './admin/routes.ts';
import { createReviewService } from './review/service.ts';
import { routingRoutes } from './routing/routes.ts';
import { createTrendsRepository } from './trends/repository.ts';
import { trendsRoutes } from './trends/routes.ts';
import { createTrendsService } from './trends/service.ts';
import { createExportRepository } from './export/repository.ts';
import { exportRoutes } from './export/routes.ts';
import { createPrivacyRepository } from './privacy/repository.ts';
import { privacyRoutes } from './privacy/routes.ts';
import { createPrivacyService } from './privacy/service.ts';
import { createExportService } from './export/service.ts';
import { createChannelRepository } from './channels/repository.ts';
import { channelRoutes } from './channels/routes.ts';
import { createChannelService } from './channels/service.ts';
import { createMailboxPoller } from './channels/mailbox.ts';
import { createScannerPoller } from './channels/scanner.ts';
import type { ChannelPoller } from './channels/types.ts';

export function createServices(database: Database, config: Config) {
  const { db } = database;
  const jobs = createJobsRepository(db);
  const auth = createAuthService({ db, repo: createAuthRepository(db), config });
  const intake = createIntakeService({ db, letters: createLetterRepository(db), jobs });
  const routing = createRoutingService({ db, repo: createRoutingRepository(db) });
  // The model is loaded once per process, on first use (the server warms it at start).
  const models = createModelProvider(db, config.modelDir);
  const classifier = () => models.get();
  const classify = createClassifyService({ db, repo: createClassificationRepository(db), routing, classifier });
  const review = createReviewService({ db, repo: createReviewRepository(db), routing, jobs, config });
  const trends = createTrendsService({ repo: createTrendsRepository(db) });
  const exports = createExportService({ db, repo: createExportRepository(db), trends });
  const privacy = createPrivacyService({ db, repo: createPrivacyRepository(db) });
  // Polled intake channels, when configured; started by `npm start` (channels.start), not here.
  const pollers: ChannelPoller[] = [];
  if (config.mailbox) pollers.push(createMailboxPoller({ ...config.mailbox, intake, maxBytes: config.maxUploadBytes }));
  if (config.scanner) pollers.push(createScannerPoller({ dir: config.scanner.dir, intake, maxBytes: config.maxUploadBytes }));
  const channels = createChannelService({ repo: createChannelRepository(db), pollers });
  return { auth, intake, jobs, routing, classify, classifier, models, review, trends, exports, privacy, channels };
}
export type Services = ReturnType<typeof createServices>;

/** A classification worker: takes 'classify' jobs from the queue until stopped. */
export function startClassifyWorker(services: Services, config: Config, log?: Parameters<typeof startWorker>[0]['log']): Worker {
  return startWorker({
    jobs: services.jobs,
    pollMs: config.workerPollMs,
    log,
    handlers: {
      classify: async (job) => {
        try {
          // One transaction: classification, routing, campaign, threat alert and the job's completion.
          await services.classify.classifyLetter(job.letterId!, async (trx, result) => {
            await services.review.assignCampaign(trx, job.letterId!, result.text);
            await services.review.raiseAlertIfThreat(trx, job.letterId!, result.classification.threat_flag);
            await job.complete(trx);
          });
        } catch (err) {
          // A letter erased in the meantime has nothing left to classify.
          if (!(err instanceof LetterGoneError)) throw err;
          await job.complete();
        }
      },
      alert_webhook: async (job) => {
        await services.review.deliverAlert(job.letterId!, Number(job.payload.alert_id));
        await job.complete();
      },
    },
    onDead: async (kind, letterId) => {
      if (kind === 'classify' && letterId) await services.classify.markFailed(letterId);
    },
  });
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export async function buildApp(deps: { config: Config; database: Database; services: Services; logger?: boolean }): Promise<App> {
  const { config, database, services } = deps;
  const app = Fastify({
    logger: deps.logger === false ? false : { level: config.logLevel },
    bodyLimit: config.maxUploadBytes,
    trustProxy: false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: 'too_many_requests',
      message: `Te veel verzoeken. Probeer het over ${Math.ceil(ctx.ttl / 1000)} seconden opnieuw.`,
    }),
  });
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 20, fieldSize: 10_000, parts: 25 } });

  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.statusCode).send({ error: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) });
    }
    const e = err as FastifyError & { statusCode?: number; error?: string };
    if (e.validation) {
      return reply.code(400).send({ error: 'validation', message: `Ongeldige invoer: ${e.message}` });
    }
    // @fastify/multipart reports too many files/parts/fields with status 413: not a size problem.
    if (e.code === 'FST_FILES_LIMIT' || e.code === 'FST_PARTS_LIMIT' || e.code === 'FST_FIELDS_LIMIT') {
      return reply.code(400).send({ error: 'bad_request', message: 'Stuur één bestand per keer, met hoogstens enkele tekstvelden (veld "file" en bijvoorbeeld channel, subject en sender_*).' });
    }
    const status = e.statusCode ?? 500;
    if (status === 413) {
      return reply.code(413).send({ error: 'payload_too_large', message: `Het bestand is te groot. De grens is ${mb(config.maxUploadBytes)}; verklein het bestand of splits het op.` });
    }
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ error: 'unsupported_media_type', message: 'Stuur JSON (application/json) of een bestand als multipart/form-data in het veld "file".' });
    }
    if (status === 429) {
      return reply.code(429).send({ error: 'too_many_requests', message: e.message });
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: e.code ?? 'bad_request', message: e.message });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: 'internal', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, meld het dan bij de beheerder.' });
  });

  // Server time of every answer, for benchmarks and for operators' browser tools.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Server-Timing', `app;dur=${reply.elapsedTime.toFixed(1)}`);
    return payload;
  });

  registerAuthGuard(app, services.auth, config);

  app.get('/api/health', { config: { access: 'public' } }, async (_request, reply) => {
    try {
      await database.db.selectFrom('schema_migrations').select('name').limit(1).execute();
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  authRoutes(app, { auth: services.auth, config });
  intakeRoutes(app, { intake: services.intake, classify: services.classify, routing: services.routing });
  reviewRoutes(app, { review: services.review });
  adminRoutes(app, { db: database.db, models: services.models, jobs: services.jobs, config });
  routingRoutes(app, { routing: services.routing });
  trendsRoutes(app, { trends: services.trends, db: database.db });
  exportRoutes(app, { exports: services.exports });
  privacyRoutes(app, { privacy: services.privacy });
  channelRoutes(app, { channels: services.channels, db: database.db });

  // The web app: static files, and index.html for client-side routes.
  const indexFile = path.join(config.webDistDir, 'index.html');
  if (fs.existsSync(indexFile)) {
    await app.register(fastifyStatic, { root: config.webDistDir, wildcard: false, index: false });
    const index = fs.readFileSync(indexFile);
    app.get('/*', { config: { rateLimit: false } }, async (request, reply) => {
      const rel = decodeURIComponent(request.url.split('?')[0]!).replace(/^\/+/, '');
      const file = path.resolve(config.webDistDir, rel);
      if (rel && file.startsWith(config.webDistDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return reply.sendFile(rel);
      }
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(index);
    });
  } else {
    app.get('/', async (_req, reply) => reply.type('text/plain; charset=utf-8').send('Postsignaal API draait; de webapp is nog niet gebouwd (npm run build:web).'));
  }
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: 'not_found', message: `Onbekend adres: ${request.method} ${request.url}` }));

  return app;
}
