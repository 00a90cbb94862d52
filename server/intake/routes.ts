/**
 * intake: receiving correspondence (JSON web-form text or an uploaded .eml/.pdf/.txt) and
 * reading it back. Only intake staff and admins see letters; policy officers never do.
 */
import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { MultipartFile } from '@fastify/multipart';
import type { App } from '../http.ts';
import { BadRequestError, UnsupportedMediaTypeError } from '../errors.ts';
import { CHANNELS, isChannel } from '../taxonomy.ts';
import type { IntakeService } from './service.ts';
import type { ClassifyService } from '../classify/service.ts';
import type { RoutingService } from '../routing/service.ts';
import { ocrLimits } from './extract/ocr.ts';

const LETTER_READERS = ['intake', 'admin'] as const;

const ChannelSchema = Type.Union(CHANNELS.map((c) => Type.Literal(c)));
const JsonLetter = Type.Object({
  subject: Type.Optional(Type.String({ maxLength: 1000 })),
  body: Type.String({ minLength: 1, maxLength: 2_000_000 }),
  channel: Type.Optional(ChannelSchema),
  sender_name: Type.Optional(Type.String({ maxLength: 300 })),
  sender_email: Type.Optional(Type.String({ maxLength: 320 })),
  sender_address: Type.Optional(Type.String({ maxLength: 500 })),
  sender_postcode: Type.Optional(Type.String({ maxLength: 12 })),
  sender_city: Type.Optional(Type.String({ maxLength: 200 })),
  received_at: Type.Optional(Type.String({ maxLength: 40 })),
}, { additionalProperties: false });
const checkJsonLetter = TypeCompiler.Compile(JsonLetter);

const SENDER_FIELDS = ['sender_name', 'sender_email', 'sender_address', 'sender_postcode', 'sender_city', 'subject'] as const;

const IngestResponse = Type.Object({ id: Type.String(), duplicate: Type.Boolean(), status: Type.String() });
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function intakeRoutes(app: App, deps: { intake: IntakeService; classify: ClassifyService; routing: RoutingService }): void {
  const { intake, classify, routing } = deps;

  app.post('/api/letters', {
    config: { access: LETTER_READERS },
    schema: { response: { 200: IngestResponse, 201: IngestResponse } },
  }, async (request, reply) => {
    let result;
    if (request.isMultipart()) {
      const fields: Record<string, string> = {};
      let file: { filename: string; bytes: Uint8Array } | undefined;
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (file) throw new BadRequestError('Stuur één bestand per keer (veld "file").');
          const bytes = await (part as MultipartFile).toBuffer();
          file = { filename: part.filename || 'upload', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
        } else if (typeof part.value === 'string') {
          fields[part.fieldname] = part.value;
        }
      }
      if (!file) throw new BadRequestError('Er is geen bestand meegestuurd. Gebruik het veld "file".');
      const channel = fields.channel;
      if (channel !== undefined && channel !== '' && !isChannel(channel)) {
        throw new BadRequestError(`Onbekend kanaal "${channel}". Kies uit: ${CHANNELS.join(', ')}.`);
      }
      const sender = Object.fromEntries(SENDER_FIELDS.map((k) => [k, fields[k]?.slice(0, 500)]));
      result = await intake.ingestFile({ ...sender, filename: file.filename, bytes: file.bytes, channel: isChannel(channel) ? channel : undefined }, request.actor, request.ip);
    } else {
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        throw new UnsupportedMediaTypeError('Stuur JSON (application/json) of een bestand als multipart/form-data in het veld "file".');
      }
      const body = request.body;
      if (!checkJsonLetter.Check(body)) {
        const first = [...checkJsonLetter.Errors(body)][0];
        const where = first?.path ? `veld ${first.path.replace(/^\//, '')}` : 'de invoer';
        throw new BadRequestError(`Ongeldige brief: ${where}: ${first?.message ?? 'onjuist formaat'}. Verplicht is "body" (tekst); optioneel subject, channel (${CHANNELS.join('|')}) en sender_*-velden.`);
      }
      result = await intake.ingestJson(body as Static<typeof JsonLetter>, request.actor, request.ip);
    }
    return reply.code(result.duplicate ? 200 : 201).send(result);
  });

  app.get('/api/letters', {
    config: { access: LETTER_READERS },
    schema: {
      querystring: Type.Object({
        page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
        pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
        status: Type.Optional(Type.Union([Type.Literal('received'), Type.Literal('open'), Type.Literal('handled'), Type.Literal('failed')])),
        channel: Type.Optional(ChannelSchema),
      }),
    },
  }, async (request) => {
    const q = request.query;
    const r = await intake.listLetters(q, request.actor!, request.ip);
    return { items: r.items, total: r.total, page: q.page, pageSize: q.pageSize };
  });

  app.get('/api/letters/:id', {
    config: { access: LETTER_READERS },
    schema: { params: IdParams },
  }, async (request) => {
    const { letter, files } = await intake.getLetter(request.params.id, request.actor!, request.ip);
    const [c, r] = await Promise.all([classify.latest(letter.id), routing.latestRouting(letter.id)]);
    return {
      id: letter.id,
      received_at: letter.received_at,
      channel: letter.channel,
      source_type: letter.source_type,
      status: letter.status,
      language: letter.language,
      subject: letter.subject,
      body: letter.body_text,
      sender: {
        name: letter.sender_name, email: letter.sender_email, address: letter.sender_address,
        postcode: letter.sender_postcode, city: letter.sender_city,
      },
      extraction_warnings: letter.extraction_warnings,
      // Mean OCR word confidence (0-100) when the text was read from a scan; null otherwise.
      ocr_confidence: letter.ocr_confidence,
      ocr_low_confidence: letter.ocr_confidence !== null && letter.ocr_confidence < ocrLimits.lowConfidence,
      sha256: letter.sha256,
      // Set when the retention period or an erasure request emptied the letter.
      purged_at: letter.purged_at,
      // The letter's current labels: the model's, or a person's correction.
      current: {
        category: letter.category, topic: letter.topic, anti_institutioneel: letter.anti_institutioneel, zorgsignaal: letter.zorgsignaal,
        department: letter.department, cc: letter.cc, review_status: letter.review_status, threat_flag: letter.threat_flag,
      },
      files,
      classification: c
        ? {
            id: c.id, model_version: c.model_version, lexicon_version: c.lexicon_version, created_at: c.created_at,
            category: c.category, scores: c.scores, anti_institutioneel: c.anti_institutioneel, anti_institutioneel_score: c.anti_score,
            zorgsignaal: c.zorgsignaal, zorgsignaal_score: c.zorg_score, topic: c.topic, topic_scores: c.topic_scores,
            needs_review: c.needs_review, review_reasons: c.review_reasons, threat_flag: c.threat_flag, explanation: c.explanation,
          }
        : null,
      routing: r ? { department: r.department, cc: r.cc, rule_key: r.rule_key, cc_rule_keys: r.cc_rule_keys, rule_version: r.rule_version, source: r.source, created_at: r.created_at } : null,
    };
  });

  app.get('/api/letters/:id/files/:fileId', {
    config: { access: LETTER_READERS },
    schema: { params: Type.Object({ id: Type.String({ format: 'uuid' }), fileId: Type.Integer({ minimum: 1 }) }) },
  }, async (request, reply) => {
    const file = await intake.getFile(request.params.id, request.params.fileId, request.actor!, request.ip);
    const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return reply
      .header('Content-Type', 'application/octet-stream')
      .header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('X-Content-Type-Options', 'nosniff')
      .send(Buffer.from(file.content!));
  });
}
