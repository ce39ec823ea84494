import { SimpleFlowPage } from '@/components/pages/simple-flow-page';
import type { SearchParams } from '@/components/pages/flow-page';

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <SimpleFlowPage kind="recovery" title="recovery.title" searchParams={searchParams} />;
}
