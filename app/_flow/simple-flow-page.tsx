import 'server-only';
import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { Card } from '@/components/ui/card';
import { Alert } from '@/components/ui/alert';
import { getI18n, type OwnKey } from '@/lib/i18n';
import type { FlowKind, FlowView } from '@/lib/kratos';
import type { VerificationCopy } from '@/lib/phone/verification';
import { withFlow, type SearchParams } from './with-flow';
import { TextLink } from '@/components/ui/text-link';

/** A flow page that is just a title, the generic form and a way home (verification, recovery). */
export async function SimpleFlowPage({
  kind,
  title,
  searchParams,
  copy,
}: {
  kind: FlowKind;
  title: OwnKey;
  searchParams: SearchParams;
  /** Our own title and message instead of Kratos's, decided in lib (lib/phone/verification.ts). */
  copy?: (flow: FlowView) => VerificationCopy;
}) {
  const { t } = await getI18n();
  return withFlow(kind, searchParams, (original) => {
    const { flow, title: ownTitle, note } = copy ? copy(original) : { flow: original };
    return (
      <Card>
        <PageTitle title={t(ownTitle ?? title)} />
        {note ? (
          <div className="mb-4" data-testid="flow-note" data-note={note.key}>
            <Alert tone={note.tone}>{t(note.key)}</Alert>
          </div>
        ) : null}
        <FlowForm flow={flow} />
        <p className="mt-6 text-center text-sm">
          <TextLink href="/">{t('nav.back-home')}</TextLink>
        </p>
      </Card>
    );
  });
}
