import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { roundReport } from '../../services/monitor/report.ts';
import { reportHtml, reportPdf } from '../../services/reports/render.ts';
import { roundParam } from './schemas.ts';
import { dispositionHeader } from '../download.ts';

export async function reportRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/rapport`,
    {
      config: { access: { permission: 'monitor:totalen' } },
      schema: {
        tags: ['Monitor'],
        operationId: 'getRondeRapport',
        summary: 'Afdrukbaar rapport van een ronde voor een brief aan de Kamer: HTML (met print-opmaak) of PDF',
        params: z.object({ rondeId: roundParam }),
        querystring: z.object({ formaat: z.enum(['html', 'pdf']).default('html') }),
        response: { 200: z.string().describe('Het rapport (text/html of application/pdf)') },
      },
    },
    async (request, reply) => {
      const model = await roundReport(app.db, request.params.rondeId);
      if (request.query.formaat === 'pdf') {
        return reply
          .type('application/pdf')
          .header('content-disposition', dispositionHeader(`rapport-${request.params.rondeId}.pdf`))
          .send((await reportPdf(model)) as unknown as string);
      }
      // Inline SVG charts carry style attributes; this self-contained page has no scripts at all.
      return reply.type("text/html; charset=utf-8").send(reportHtml(model));
    },
  );
}
