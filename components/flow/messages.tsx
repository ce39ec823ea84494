import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/lib/i18n';
import type { UiMessage } from '@/lib/kratos/types';

export function FlowMessages({ messages }: { messages: UiMessage[] }) {
  const { tm } = useI18n();
  if (!messages.length) return null;
  return (
    <div className="flex flex-col gap-2">
      {messages.map((m, i) => (
        <Alert key={`${m.id}-${i}`} tone={m.type}>
          <span data-message-id={m.id}>{tm(m)}</span>
        </Alert>
      ))}
    </div>
  );
}
