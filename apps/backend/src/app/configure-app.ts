import { type INestApplication, VersioningType } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { DatabaseErrorFilter } from '../common/database-error.filter';
import { requestContextMiddleware } from '../common/request-context.middleware';
import { createValidationPipe } from '../common/validation';

export const API_PREFIX = 'api';

/** Everything about the HTTP surface that does not depend on where the app runs. */
export function configureApp(app: INestApplication): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular's runtime styles and ngx-charts' inline SVG styles need 'unsafe-inline' for styles only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.use(requestContextMiddleware);
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DatabaseErrorFilter());
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Recommendation Follow-up Tracker API')
    .setDescription(
      'Recommendations of the UN human rights mechanisms (UPR, treaty bodies, special procedures), ' +
        'their responses, implementation and follow-up. Every error answers with a status code and, for 400, the field and reason.',
    )
    .setVersion('1')
    .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
  });
}

export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json` });
}
