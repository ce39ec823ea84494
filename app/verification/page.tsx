import { SimpleFlowPage } from '@/app/_flow/simple-flow-page';
import type { SearchParams } from '@/app/_flow/with-flow';
import { loadVerifiesPhones } from '@/lib/kratos';
import { verificationCopy } from '@/lib/phone/verification';

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  // With phone numbers in the identity schema, a verification flow may be a phone's: say so.
  const phones = await loadVerifiesPhones();
  return (
    <SimpleFlowPage
      kind="verification"
      title="verification.title"
      searchParams={searchParams}
      copy={(flow) => verificationCopy(flow, phones)}
    />
  );
}
