import 'server-only';
import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { Card } from '@/components/ui/card';
import { getI18n, type OwnKey } from '@/lib/i18n';
import type { FlowKind } from '@/lib/kratos';
import { withFlow, type SearchParams } from './flow-page';
import { TextLink } from '@/components/ui/text-link';

/** A flow page that is just a title, the generic form and a way home (verification, recovery). */
export async function SimpleFlowPage({
  kind,
  title,
  searchParams,
}: {
  kind: FlowKind;
  title: OwnKey;
  searchParams: SearchParams;
}) {
  const { t } = await getI18n();
  return withFlow(kind, searchParams, (flow, { nonce }) => (
    <Card>
      <PageTitle title={t(title)} />
      <FlowForm flow={flow} nonce={nonce} />
      <p className="mt-6 text-center text-sm">
        <TextLink href="/">{t('nav.back-home')}</TextLink>
      </p>
    </Card>
  ));
}
