/**
 * Typed errors. Services throw these; the single error handler in app.ts maps them to HTTP.
 * Messages are Dutch and say what the person can do about it.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) { super(400, 'bad_request', message, details); }
}
export class UnauthorizedError extends AppError {
  constructor(message = 'U bent niet ingelogd. Log in en probeer het opnieuw.') { super(401, 'unauthorized', message); }
}
export class ForbiddenError extends AppError {
  constructor(message = 'U heeft geen toegang tot dit onderdeel.') { super(403, 'forbidden', message); }
}
export class NotFoundError extends AppError {
  constructor(message: string) { super(404, 'not_found', message); }
}
export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) { super(409, 'conflict', message, details); }
}
export class PayloadTooLargeError extends AppError {
  constructor(message: string) { super(413, 'payload_too_large', message); }
}
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) { super(415, 'unsupported_media_type', message, details); }
}
export class UnprocessableError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) { super(422, 'unprocessable', message, details); }
}
export class TooManyRequestsError extends AppError {
  constructor(message: string) { super(429, 'too_many_requests', message); }
}
