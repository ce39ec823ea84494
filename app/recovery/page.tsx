import { SimpleFlowPage } from '@/lib/pages/simple-flow-page';
import type { SearchParams } from '@/lib/pages/flow-page';

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <SimpleFlowPage kind="recovery" title="recovery.title" searchParams={searchParams} />;
}
