import { SimpleFlowPage } from '@/app/_flow/simple-flow-page';
import type { SearchParams } from '@/app/_flow/with-flow';

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <SimpleFlowPage kind="recovery" title="recovery.title" searchParams={searchParams} />;
}
